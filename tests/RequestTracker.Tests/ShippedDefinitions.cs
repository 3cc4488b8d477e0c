using RequestTracker.Definitions;

namespace RequestTracker.Tests;

/// <summary>The repository's own workflows folder, loaded once for every test that needs real calendars and laws.</summary>
internal static class ShippedDefinitions
{
    private static readonly Lazy<WorkflowCatalog> Loaded = new(Load);

    /// <summary>
    /// Set by scripts/mutation.sh: every use loads the files again, so a mutant in the loader, the parsers
    /// or a calendar's holiday cache is seen by every test that covers it, not only by the first to load.
    /// </summary>
    private static readonly bool Fresh = Environment.GetEnvironmentVariable("RT_TEST_FRESH_DEFINITIONS") == "1";

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RequestTracker.sln")))
                {
                    return Path.Combine(dir.FullName, "workflows");
                }
            }

            throw new InvalidOperationException("Repository root not found.");
        }
    }

    public static WorkflowCatalog Catalog => Fresh ? Load() : Loaded.Value;

    private static WorkflowCatalog Load()
    {
        var (catalog, errors) = WorkflowLoader.Load(Folder);
        return catalog ?? throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
    }
}
