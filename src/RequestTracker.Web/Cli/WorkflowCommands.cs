using NodaTime;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;

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

        // Not an error (the folder is valid), but someone must add the coming years' official lists.
        var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        foreach (var warning in CalendarHorizon.Warnings(catalog.Calendars.Values, today))
        {
            Console.WriteLine($"warning: {warning}");
        }

        return 0;
    }
}
