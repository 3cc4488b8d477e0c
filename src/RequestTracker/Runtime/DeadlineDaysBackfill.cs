using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;

namespace RequestTracker.Runtime;

/// <summary>
/// Workflows written before deadlines were stored as days get their days once, at start-up, from the instants they
/// stored — as those rows were always shown (<see cref="DayEnding"/>). Every row written since carries its days from the
/// computation itself, and nothing else reads an instant back as a deadline's day.
/// </summary>
internal sealed class DeadlineDaysBackfill(DefinitionStore definitions) : IAfterMigration
{
    private const int Batch = 500;

    public async Task Run(AppDbContext db, CancellationToken ct)
    {
        // Bounded: a row another replica (or the engine) changed meanwhile is read again in the next batch.
        for (var round = 0; round < 1000; round++)
        {
            var rows = await db.Workflows
                .Where(w => (w.DueAt != null && w.DueOn == null) || (w.EarliestDueAt != null && w.EarliestDueOn == null)
                    || (w.RightsLapseAt != null && w.RightsLapseOn == null) || (w.LadderEndAt != null && w.LadderEndOn == null))
                .OrderBy(w => w.QuestionId).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return;
            }

            foreach (var row in rows)
            {
                var zone = (await WorkflowEngine.ZonedCalendar(definitions, db, row, ct)).Zone;
                row.DueOn ??= DayEnding(row.DueAt, zone);
                row.EarliestDueOn ??= DayEnding(row.EarliestDueAt, zone);
                row.RightsLapseOn ??= DayEnding(row.RightsLapseAt, zone);
                row.LadderEndOn ??= DayEnding(row.LadderEndAt, zone);
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

    /// <summary>
    /// The day an old row's deadline instant stood for: the start of a day in the zone ends the day before; any other
    /// instant (a clock-time deadline) is its own day.
    /// </summary>
    public static DateOnly? DayEnding(DateTime? end, DateTimeZone zone)
    {
        if (end is not { } at)
        {
            return null;
        }

        var instant = Instant.FromDateTimeUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc));
        var local = instant.InZone(zone).Date;
        return (zone.AtStartOfDay(local).ToInstant() == instant ? local.PlusDays(-1) : local).ToDateOnly();
    }
}
