using RequestTracker.Definitions;

namespace RequestTracker.Web.Cli;

/// <summary><c>workflows validate [folder]</c>: every error as file:line:column, exit code 1 on any.</summary>
internal static class WorkflowCommands
{
    public static int Validate(string folder)
    {
        var (catalog, errors) = WorkflowLoader.Load(folder);
        if (catalog is null)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            Console.Error.WriteLine($"{errors.Count} error(s) in {folder}.");
            return 1;
        }

        var lifecycles = string.Join(", ", catalog.Lifecycles.Values.Select(l => $"{l.Id} v{l.Version}"));
        Console.WriteLine($"OK: {catalog.Calendars.Count} calendars, {catalog.Laws.Count} laws, lifecycles: {lifecycles}.");
        return 0;
    }
}
