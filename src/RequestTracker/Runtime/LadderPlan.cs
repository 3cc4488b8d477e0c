using NodaTime;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;

namespace RequestTracker.Runtime;

/// <summary>
/// One rung as planned: taken (with when), next (when its timer fires), planned (the date it would be taken
/// if the authority stays silent), waiting on a stopped clock, on hold (refused or partly answered: the
/// advocate decides whether to escalate), skipped (a rung for silence below the appeal a refusal opens), or not
/// needed (answered or closed).
/// </summary>
internal sealed record PlannedRung(int Level, LadderStep Step, string Status, DateTime? At);

/// <summary>
/// The whole ladder of one question: rungs already taken carry their journal dates, the rest the dates
/// the law gives them from the current deadline, computed exactly as the runtime will when it gets there.
/// </summary>
internal static class LadderPlan
{
    public const string Done = "done";
    public const string Next = "next";
    public const string Planned = "planned";
    public const string Waiting = "waiting";
    public const string OnHold = "onHold";
    public const string NotNeeded = "notNeeded";

    /// <summary>A rung for silence that a refusal passes by: the appeal starts further up (<see cref="LawDefinition.RefusalStart"/>).</summary>
    public const string Skipped = "skipped";

    /// <summary>A rung the ladder reached whose letter still waits for the advocate (to review, or for an address): nothing went out yet.</summary>
    public const string Drafted = "drafted";

    /// <summary>The rungs of <paramref name="law"/> for <paramref name="instance"/>; <paramref name="taken"/> holds when each rung taken so far was taken (oldest first).</summary>
    public static IReadOnlyList<PlannedRung> Of(WorkflowInstance instance, LawDefinition law, WorkCalendar calendar, IReadOnlyList<DateTime> taken)
    {
        var rungs = new List<PlannedRung>();
        var waiting = Categories.Waiting(instance.Category);
        var refused = instance.Category is StateCategory.Refused or StateCategory.Partial;
        // After a refusal escalation starts where the law puts the appeal (the runtime skips to it, TriggerEffects.EscalateNow).
        var appealAt = refused ? law.RefusalStart : -1;
        Instant? next = instance.Category switch
        {
            StateCategory.Escalated => instance.NextStepAt is { } n ? Instant.FromDateTimeUtc(n) : null,
            StateCategory.Open when instance.DueAt is { } due && law.Ladder.Count > instance.EscalationLevel =>
                DeadlineCalculator.After(Instant.FromDateTimeUtc(due), law.Ladder[instance.EscalationLevel].Starts, calendar, law.LastDayRollsToWorkingDay).Due,
            _ => null,
        };
        for (var i = 0; i < law.Ladder.Count; i++)
        {
            var step = law.Ladder[i];
            if (i < instance.EscalationLevel)
            {
                rungs.Add(new PlannedRung(i + 1, step, Done, i < taken.Count ? taken[i] : null));
                continue;
            }

            if (!waiting)
            {
                rungs.Add(new PlannedRung(i + 1, step, !refused ? NotNeeded : i < appealAt ? Skipped : OnHold, null));
                continue;
            }

            if (next is null)
            {
                rungs.Add(new PlannedRung(i + 1, step, Waiting, null));
                continue;
            }

            var at = next.Value;
            var status = i == instance.EscalationLevel && instance.Category == StateCategory.Escalated ? Next : Planned;
            rungs.Add(new PlannedRung(i + 1, step, status, at.ToDateTimeUtc()));
            next = i + 1 < law.Ladder.Count
                ? DeadlineCalculator.After(DeadlineCalculator.After(at, step.Window, calendar, law.LastDayRollsToWorkingDay).Due, law.Ladder[i + 1].Starts, calendar, law.LastDayRollsToWorkingDay).Due
                : null;
        }

        return rungs;
    }
}
