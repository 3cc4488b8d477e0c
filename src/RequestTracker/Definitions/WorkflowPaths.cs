namespace RequestTracker.Definitions;

/// <summary>
/// Where the workflows folder is: <c>Workflows:Path</c> if set (a relative path is looked for in the
/// current directory and its parents), else the nearest <c>workflows/</c> above the
/// content root (the repository when run from source) or beside the binaries (the container image).
/// </summary>
internal static class WorkflowPaths
{
    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (Path.IsPathRooted(configured))
            {
                return configured;
            }

            // Relative to the current directory or one above it: `dotnet run --project src/RequestTracker.Web`
            // runs in the project folder, yet "workflows" there means the repository's folder.
            foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, configured);
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "workflows");
                if (File.Exists(Path.Combine(candidate, WorkflowCatalog.QuestionLifecycle + ".yaml")))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(Path.Combine(contentRoot, "workflows"));
    }
}
