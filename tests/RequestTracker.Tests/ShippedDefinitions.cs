using RequestTracker.Definitions;

namespace RequestTracker.Tests;

/// <summary>The repository's own workflows folder, loaded once for every test that needs real calendars and laws.</summary>
internal static class ShippedDefinitions
{
    private static readonly Lazy<WorkflowCatalog> Loaded = new(() =>
    {
        var (catalog, errors) = WorkflowLoader.Load(Folder);
        return catalog ?? throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
    });

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

    public static WorkflowCatalog Catalog => Loaded.Value;
}
