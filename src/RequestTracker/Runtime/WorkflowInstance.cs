using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Runtime;

/// <summary>
/// The running workflow of one question: its state and every instant the runtime computed. Changed
/// only by <see cref="WorkflowEngine"/>, in one transaction with its timers, outbox and journal;
/// <see cref="Sequence"/> is the optimistic-concurrency token and the generation stale timers are checked against.
/// </summary>
internal sealed class WorkflowInstance
{
    public int QuestionId { get; set; }

    public int RequestId { get; set; }

    /// <summary>The request's authority, kept here (it never changes once sent) so figures group without a join.</summary>
    public int AuthorityId { get; set; }

    public string LifecycleId { get; set; } = string.Empty;

    public int LifecycleVersion { get; set; }

    public string LifecycleHash { get; set; } = string.Empty;

    public string LawId { get; set; } = string.Empty;

    public string LawHash { get; set; } = string.Empty;

    public string CalendarHash { get; set; } = string.Empty;

    /// <summary>
    /// The IANA zone every day of this workflow is counted in: the authority's, when the workflow started
    /// (the calendar supplies only weekends and holidays). Empty on rows from before it was kept: the calendar's.
    /// </summary>
    public string Zone { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    /// <summary>The state's category (open, paused, escalated, answered, refused, closed), kept for lists and dashboards.</summary>
    public string Category { get; set; } = string.Empty;

    public int Sequence { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The authority's current response deadline: its last day, in <see cref="Zone"/> (see <see cref="Deadline"/>).</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>The instant <see cref="DueOn"/> ends, which timers are armed for and lists filter on; set with it.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>
    /// Where the law counts from registration: the last day if the request was registered the day it arrived.
    /// <see cref="DueOn"/> is then the latest possible deadline, the one the ladder waits for.
    /// </summary>
    public DateOnly? EarliestDueOn { get; set; }

    /// <summary>The instant <see cref="EarliestDueOn"/> ends.</summary>
    public DateTime? EarliestDueAt { get; set; }

    /// <summary>How <see cref="DueAt"/> was computed, as JSON (start, rule, skipped days and why).</summary>
    public string DueComputation { get; set; } = string.Empty;

    public DateTime? ClockStoppedAt { get; set; }

    public int ExtensionsUsed { get; set; }

    /// <summary>How many ladder steps have fired.</summary>
    public int EscalationLevel { get; set; }

    public DateTime? NextStepAt { get; set; }

    public DateTime? LadderEndAt { get; set; }

    /// <summary>The last day of the ladder's final window (a reply expected by its end), in <see cref="Zone"/>; set with <see cref="LadderEndAt"/>.</summary>
    public DateOnly? LadderEndOn { get; set; }

    /// <summary>The advocate's last day to appeal after a refusal or partial answer, in <see cref="Zone"/>.</summary>
    public DateOnly? RightsLapseOn { get; set; }

    /// <summary>The instant <see cref="RightsLapseOn"/> ends.</summary>
    public DateTime? RightsLapseAt { get; set; }

    public DateTime? RightsWarningAt { get; set; }

    public string? DocumentReference { get; set; }

    public string? Exemption { get; set; }

    /// <summary>When the authority's latest reply arrived, while it waits to be classified (see <see cref="OutcomeRecord"/>).</summary>
    public DateTime? RepliedAt { get; set; }

    /// <summary>The outcome's trigger (answered, partially-answered, refused, not-held) while the question rests in it; null otherwise.</summary>
    public string? OutcomeKind { get; set; }

    /// <summary>When the authority gave the outcome: its reply's arrival, else when the outcome was recorded.</summary>
    public DateTime? OutcomeAt { get; set; }

    /// <summary>Calendar days from sending to <see cref="OutcomeAt"/>, counted in <see cref="Zone"/>.</summary>
    public int? OutcomeDays { get; set; }

    /// <summary>Whether <see cref="OutcomeAt"/> fell within the deadline in force then.</summary>
    public bool? OutcomeOnTime { get; set; }

    /// <summary>The date borne by the authority's letter behind the outcome the question rests in, as recorded; null otherwise.</summary>
    public DateOnly? OutcomeLetterDate { get; set; }

    /// <summary>The day that letter arrived, in <see cref="Zone"/> (the day it was recorded when none was given); null without an outcome.</summary>
    public DateOnly? OutcomeReceivedOn { get; set; }

    /// <summary>Puts a new response deadline in force: its day, the instant that ends it and how it was computed.</summary>
    public void SetDue(DeadlineComputation due, DeadlineComputation? earliest = null, string? explanation = null)
    {
        DueOn = due.LastDay.ToDateOnly();
        DueAt = due.Due.ToDateTimeUtc();
        EarliestDueOn = earliest?.LastDay.ToDateOnly();
        EarliestDueAt = earliest?.Due.ToDateTimeUtc();
        var record = ComputationRecord.From(due);
        DueComputation = (explanation is null ? record : record with { Explanation = explanation }).ToJson();
    }

    /// <summary>The appeal window after a refusal, or none (answered, corrected).</summary>
    public void SetRightsLapse(DeadlineComputation? lapse)
    {
        RightsLapseOn = lapse?.LastDay.ToDateOnly();
        RightsLapseAt = lapse?.Due.ToDateTimeUtc();
    }
}
