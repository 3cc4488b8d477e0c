using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Runtime;

/// <summary>
/// Workflows written before deadlines were stored as days get their days once, at start-up, from the instants they
/// stored — as those rows were always shown (<see cref="LocalDays.DayEnding"/>). Every row written since carries its days
/// from the computation itself. Such a row is one with a deadline instant and no day (<see cref="MissingDays"/>): a
/// workflow's deadline is set from its start, always with its day, so an older row lacks that day whatever else it has;
/// the filtered index of the same name makes the start-up look for them cost nothing once none are left.
/// </summary>
internal sealed class DeadlineDaysBackfill(DefinitionStore definitions) : IAfterMigration
{
    private const int Batch = 500;

    public async Task Run(AppDbContext db, CancellationToken ct)
    {
        // Bounded: a row another replica (or the engine) changed meanwhile is read again in the next batch.
        for (var round = 0; round < 1000; round++)
        {
            var rows = await db.Workflows.Where(w => w.DueOn == null && w.DueAt != null).OrderBy(w => w.QuestionId).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return;
            }

            foreach (var row in rows)
            {
                var zone = (await WorkflowReader.ZonedCalendar(definitions, db, row, ct)).Zone;
                row.FillMissingDays(end => DayEnding(end, zone));
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
            }

            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The index over rows still missing their days, and its filter.</summary>
    public const string MissingDays = "IX_Workflows_MissingDays";

    public const string MissingDaysFilter = "\"DueOn\" IS NULL AND \"DueAt\" IS NOT NULL";

    private static DateOnly? DayEnding(DateTime? end, DateTimeZone zone) => end is { } at ? LocalDays.DayEnding(at, zone).ToDateOnly() : null;
}
