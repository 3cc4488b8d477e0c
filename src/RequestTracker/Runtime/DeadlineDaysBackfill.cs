using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Runtime;

/// <summary>
/// Workflows written before deadlines were stored as days get their days once, in the background, from the instants
/// they stored — as those rows were always shown (<see cref="LocalDays.DayEnding"/>). Every row written since carries
/// its days from the computation itself. Such a row is one with a deadline instant and no day (<see cref="MissingDays"/>):
/// a workflow's deadline is set from its start, always with its day, so an older row lacks that day whatever else it
/// has; the filtered index of the same name makes the look for them cost nothing once none are left.
/// </summary>
internal static class DeadlineDaysBackfill
{
    private const int Batch = 500;

    /// <summary>Gives up to 500 rows their days; returns how many (0: none left). Run in the background by <see cref="BackgroundUpgrade"/>.</summary>
    public static async Task<int> FillBatch(AppDbContext db, DefinitionStore definitions, CancellationToken ct)
    {
        var rows = await db.Workflows.Where(w => w.DueOn == null && w.DueAt != null).OrderBy(w => w.QuestionId).Take(Batch).ToListAsync(ct);
        foreach (var row in rows)
        {
            var zone = (await WorkflowReader.ZonedCalendar(definitions, db, row, ct)).Zone;
            row.FillMissingDays(end => DayEnding(end, zone));
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return rows.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            // A row the engine or another replica changed meanwhile is read again in the next batch.
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The index over rows still missing their days, and its filter.</summary>
    public const string MissingDays = "IX_Workflows_MissingDays";

    public const string MissingDaysFilter = "\"DueOn\" IS NULL AND \"DueAt\" IS NOT NULL";

    private static DateOnly? DayEnding(DateTime? end, DateTimeZone zone) => end is { } at ? LocalDays.DayEnding(at, zone).ToDateOnly() : null;
}
