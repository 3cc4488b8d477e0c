using NodaTime;
using RequestTracker.Definitions;

namespace RequestTracker.Runtime;

/// <summary>
/// Keeps on each workflow what an authority's figures need — when and how it answered, in how many days,
/// whether on time — updated in the same transition as the state, so the figures are a few indexed reads.
/// The answer's time is the reply's arrival, not the day the advocate classified it: an authority that
/// replied on the last day was on time even if the reply was read a week later. The day a letter arrived,
/// when the advocate gives it, decides; else an emailed reply's receipt; else the moment it is recorded.
/// </summary>
internal static class OutcomeRecord
{
    /// <summary>An advocate's reading of a reply that says it was not the answer: the reply's time no longer stands for one.</summary>
    private static readonly HashSet<Trigger> NotAnAnswer =
    [
        Trigger.Acknowledged, Trigger.ExtensionAnnounced, Trigger.ClarificationAsked, Trigger.ClarificationGiven,
    ];

    public static void Update(WorkflowInstance instance, Trigger trigger, StateCategory fromCategory, Instant at, DateTimeZone zone, ActionInput input)
    {
        if (trigger == Trigger.AuthorityReplied)
        {
            instance.ReplyArrived(at);
            return;
        }

        var arrived = input.ReceivedOn is { } day ? LetterDates.Arrival(day, zone, at, instance.RepliedAt).ToDateTimeUtc() : (DateTime?)null;
        var outcome = Categories.Outcome(instance.Category);
        if (outcome && !Categories.Outcome(fromCategory) && trigger != Trigger.Withdrawn)
        {
            var answeredAt = arrived ?? instance.RepliedAt ?? at.ToDateTimeUtc();
            var days = Period.Between(Day(instance.StartedAt, zone), Day(answeredAt, zone), PeriodUnits.Days).Days;
            instance.RecordOutcome(Triggers.Word(trigger), answeredAt, days, onTime: instance.DueAt is not { } due || answeredAt <= due);
            Letter(instance, input, answeredAt, zone);
        }
        else if (outcome && Triggers.IsLetter(trigger))
        {
            // A later outcome (a refusal answered in full): its letter is the one shown; the figures keep the first outcome.
            Letter(instance, input, arrived ?? at.ToDateTimeUtc(), zone);
        }
        else if (outcome)
        {
            // Withdrawn, or a correction back to an earlier outcome: no letter of the authority's stands behind it now.
            instance.SetOutcomeLetter(null, null);
        }
        else
        {
            if (!Categories.Outcome(fromCategory) && NotAnAnswer.Contains(trigger))
            {
                instance.ReplyWasNoAnswer();
            }

            // A corrected outcome (reopened): the reply it was based on still stands for the next one.
            instance.ClearOutcome(replyStands: Categories.Outcome(fromCategory));
        }
    }

    /// <summary>The dates of record of the letter behind the outcome; without a day of arrival, the day of <paramref name="arrived"/>.</summary>
    private static void Letter(WorkflowInstance instance, ActionInput input, DateTime arrived, DateTimeZone zone) =>
        instance.SetOutcomeLetter(input.LetterDate, input.ReceivedOn ?? Day(arrived, zone).ToDateOnly());

    private static LocalDate Day(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).Date;
}
