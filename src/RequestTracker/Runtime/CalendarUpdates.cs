using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;

namespace RequestTracker.Runtime;

/// <summary>
/// A question keeps the law it started under, but its calendar is a fact that can be corrected: a decree moves a day off
/// after the request was sent, a missing holiday is added. At start-up every question still counting on an older version of
/// a calendar file moves onto the current one. A running deadline is counted again from the same facts (receipt,
/// registration, extension, clarification): a later last day is put in force, its timers re-armed, journaled with the days
/// that changed, and told to the advocate; an earlier one is not enforced — the day the letter stated stands — but
/// journaled and told to the advocate to check. Safe on several replicas: each question moves once, under its
/// concurrency token; a replica that loses the race reads the rest again.
/// </summary>
internal sealed class CalendarUpdates(AppDbContext db, DefinitionStore definitions, WorkflowReader reader, WorkflowTransition transition, EmailQueue emails, TimeProvider clock)
{
    private const int Batch = 100;

    public const string Moved = "deadline-moved";

    public const string Earlier = "deadline-earlier";

    /// <summary>Moves every question on an older version of a calendar file onto the current one; the number whose day changed.</summary>
    public async Task<int> Run(CancellationToken ct)
    {
        var changed = 0;
        var conflicts = 0;
        // One read of every older calendar file stored; a start with no calendar changed ever since reads nothing more.
        var older = (await db.DefinitionSnapshots.Where(s => s.Kind == "calendar").Select(s => new { s.Hash, s.DefinitionId }).ToListAsync(ct))
            .Where(s => definitions.Catalog.Calendars.ContainsKey(s.DefinitionId) && s.Hash != definitions.CalendarHash(s.DefinitionId))
            .ToLookup(s => s.DefinitionId, s => s.Hash);
        foreach (var calendar in definitions.Catalog.Calendars.Values.Where(c => older.Contains(c.Id)))
        {
            var current = definitions.CalendarHash(calendar.Id);
            var stale = older[calendar.Id].ToList();
            for (var round = 0; stale.Count > 0 && round < 10_000; round++)
            {
                var ids = await db.Workflows.Where(w => stale.Contains(w.CalendarHash)).OrderBy(w => w.QuestionId).Select(w => w.QuestionId).Take(Batch).ToListAsync(ct);
                if (ids.Count == 0)
                {
                    break;
                }

                try
                {
                    var moved = await Update(ids, calendar, current, ct);
                    await db.SaveChangesAsync(ct);
                    changed += moved;
                }
                catch (DbUpdateException) when (++conflicts <= 50)
                {
                    // Another replica (or an action) changed one of these questions, or queued the same email: read the batch again.
                }

                db.ChangeTracker.Clear();
            }
        }

        return changed;
    }

    private async Task<int> Update(List<int> ids, WorkCalendar calendar, string current, CancellationToken ct)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var moved = 0;
        foreach (var context in (await reader.LoadMany(ids, ct)).Values)
        {
            var instance = context.Instance;
            var record = ComputationRecord.FromJson(instance.DueComputation);
            // Only a deadline still running is counted again; a passed one, a stopped clock or an outcome has none to move.
            if (record is null || instance.DueOn is not { } stated || context.Timers.All(t => t.Instant != TimerInstant.Deadline))
            {
                instance.AdoptCalendar(current, now);
                continue;
            }

            var fresh = calendar.InZone(context.Calendar.Zone);
            var (due, earliest, explanation) = Recount(context, record.ToComputation(), fresh);
            var day = due.LastDay.ToDateOnly();
            var acknowledge = LaterAcknowledgement(context, fresh);
            if (acknowledge is not null)
            {
                instance.ExpectAcknowledgement(acknowledge);
            }

            if (day == stated && acknowledge is null)
            {
                instance.AdoptCalendar(current, now);
                continue;
            }

            var changes = Changes(context.Calendar, fresh, due.Start.InZone(fresh.Zone).Date, LocalDate.Max(due.LastDay, LocalDate.FromDateOnly(stated)));
            var from = Deadline.Format.Brief(stated, "en");
            var to = due.Deadline.Brief("en");
            string note;
            EmailDecision? email;
            if (day == stated)
            {
                instance.AdoptCalendar(current, now, journaled: true);
                note = $"Calendar {calendar.Id} updated ({changes}): the last day to acknowledge receipt is now {acknowledge!.Deadline.Brief("en")}; the deadline stays {from}.";
                email = null; // the advocate's deadline did not move: nothing to tell them
            }
            else if (day > stated)
            {
                instance.AdoptCalendar(current, now, journaled: true, due, earliest, explanation);
                note = $"Last day moved from {from} to {to}: calendar {calendar.Id} updated ({changes}). {explanation ?? due.Explain()}" +
                    (acknowledge is null ? string.Empty : $" The last day to acknowledge receipt is now {acknowledge.Deadline.Brief("en")}.");
                email = new EmailDecision(Moved, null, Recipient.Advocate, $"question:{instance.QuestionId}:calendar:{current}");
            }
            else
            {
                instance.AdoptCalendar(current, now, journaled: true);
                note = $"Calendar {calendar.Id} updated ({changes}): counted again, the last day would be {to}, earlier than {from}, the day the letter stated. " +
                    $"{from} stands; the advocate is asked to check. {explanation ?? due.Explain()}";
                email = new EmailDecision(Earlier, null, Recipient.Advocate, $"question:{instance.QuestionId}:calendar:{current}");
            }

            // A new generation either way: the state's timers again, for the day now in force.
            db.Timers.RemoveRange(context.Timers);
            context.Timers.Clear();
            transition.Arm(context, context.Lifecycle.State(instance.State), now);
            if (email is not null)
            {
                note += " " + await emails.Queue(context.Subject, instance.QuestionId, email, now, ct, context.Law);
            }

            Journal.Append(db, context.RequestId, instance.QuestionId, JournalEvents.CalendarUpdated, "runtime", now, note, $"calendar {calendar.Id}: {calendar.Name}");
            moved++;
        }

        return moved;
    }

    /// <summary>
    /// The deadline in force counted again on <paramref name="calendar"/>: the law's first deadline from receipt (registration
    /// included) while no extension or clarification has moved it, else the same chain of spans from the same facts.
    /// </summary>
    private static (DeadlineComputation Due, DeadlineComputation? Earliest, string? Explanation) Recount(WorkflowContext context, DeadlineComputation stored, WorkCalendar calendar)
    {
        var instance = context.Instance;
        var received = Instant.FromDateTimeUtc(DateTime.SpecifyKind(instance.StartedAt, DateTimeKind.Utc));
        var root = stored;
        while (root.Basis is { } basis)
        {
            root = basis;
        }

        if (instance.EarliestDueOn is not null || (instance.ExtensionsUsed == 0 && root.Start == received))
        {
            var first = FirstDeadline.Of(context.Law, calendar, received);
            return (first.Due, first.Earliest, first.Explanation);
        }

        return (DeadlineCalculator.Recount(stored, calendar, context.Law.LastDayRollsToWorkingDay), null, null);
    }

    /// <summary>
    /// The time to acknowledge receipt counted again, where the law sets one and it still runs: only a later day is taken
    /// (as for the deadline, an authority is never held to an earlier day than it was given).
    /// </summary>
    private static DeadlineComputation? LaterAcknowledgement(WorkflowContext context, WorkCalendar calendar)
    {
        if (context.Instance.AcknowledgeOn is not { } stated || context.Law.Acknowledgement is not { } span || context.Timers.All(t => t.Instant != TimerInstant.Acknowledgement))
        {
            return null;
        }

        var received = Instant.FromDateTimeUtc(DateTime.SpecifyKind(context.Instance.StartedAt, DateTimeKind.Utc));
        var counted = DeadlineCalculator.Add(received, span, calendar, context.Law.LastDayRollsToWorkingDay);
        return counted.LastDay.ToDateOnly() > stated ? counted : null;
    }

    /// <summary>The days between two dates the two calendars disagree on, in words: what the update changed for this deadline.</summary>
    private static string Changes(WorkCalendar before, WorkCalendar after, LocalDate from, LocalDate to)
    {
        var days = new List<string>();
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            var was = before.NonWorkingReason(day);
            var now = after.NonWorkingReason(day);
            if (was != now)
            {
                var brief = Deadline.Format.Brief(day, "en");
                days.Add(now is null ? $"{brief} is now a working day" : $"{brief} is now a day off: {now}");
            }
        }

        return days.Count == 0 ? "no day in this period changed, only how it is counted" : string.Join("; ", days);
    }
}
