using NodaTime;
using RequestTracker.Definitions;

namespace RequestTracker.Runtime;

/// <summary>
/// Keeps on each workflow what an authority's figures need — when and how it answered, in how many days,
/// whether on time — updated in the same transition as the state, so the figures are a few indexed reads.
/// The answer's time is the reply's arrival, not the day the advocate classified it: an authority that
/// replied on the last day was on time even if the reply was read a week later.
/// </summary>
internal static class OutcomeRecord
{
    /// <summary>An advocate's reading of a reply that says it was not the answer: the reply's time no longer stands for one.</summary>
    private static readonly HashSet<string> NotAnAnswer =
    [
        Triggers.Acknowledged, Triggers.ExtensionAnnounced, Triggers.ClarificationAsked, Triggers.ClarificationGiven,
    ];

    public static void Update(WorkflowInstance instance, string trigger, string fromCategory, Instant at, DateTimeZone zone)
    {
        if (trigger == Triggers.AuthorityReplied)
        {
            instance.RepliedAt = at.ToDateTimeUtc();
            return;
        }

        var outcome = Categories.Outcome(instance.Category);
        if (outcome && !Categories.Outcome(fromCategory) && trigger != Triggers.Withdrawn)
        {
            var answeredAt = instance.RepliedAt ?? at.ToDateTimeUtc();
            instance.OutcomeKind = trigger;
            instance.OutcomeAt = answeredAt;
            instance.OutcomeDays = Period.Between(Day(instance.StartedAt, zone), Day(answeredAt, zone), PeriodUnits.Days).Days;
            instance.OutcomeOnTime = instance.DueAt is not { } due || answeredAt <= due;
            instance.RepliedAt = null;
        }
        else if (!outcome)
        {
            if (Categories.Outcome(fromCategory))
            {
                // A corrected outcome (reopened): the reply it was based on still stands for the next one.
                instance.RepliedAt = instance.OutcomeAt;
            }
            else if (NotAnAnswer.Contains(trigger))
            {
                instance.RepliedAt = null;
            }

            (instance.OutcomeKind, instance.OutcomeAt, instance.OutcomeDays, instance.OutcomeOnTime) = (null, null, null, null);
        }
    }

    private static LocalDate Day(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).Date;
}
