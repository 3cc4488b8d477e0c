using RequestTracker.Definitions;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Questions;

/// <summary>
/// One rung of the question's ladder. <see cref="Status"/>: done (<see cref="At"/> = when it was taken),
/// next (when its timer fires), planned (the date the law gives it if the authority stays silent),
/// waiting (the clock is stopped), notNeeded (the question closed before it).
/// </summary>
internal sealed record LadderStepView(int Level, string Id, string Name, string To, string Window, string Status, DateTime? At)
{
    /// <summary>The day <see cref="At"/> falls at the end of, in the question's zone ("2022-02-08").</summary>
    public string? Day { get; init; }
}

internal sealed record TimerView(TimerInstant Instant, Trigger Fires, DateTime DueAt);

internal sealed record DefinitionRef(string Id, int Version, string Hash);

/// <summary>A question with its workflow: state, deadline and how it was computed, what happens next, what may be done.</summary>
internal sealed record QuestionView(
    int Id,
    int RequestId,
    int Position,
    QuestionCategory Category,
    string Text,
    string? State,
    string? StateLabel,
    StateCategory? StateCategory,
    string Timeliness,
    DefinitionRef? Definition,
    string? LawId,
    DateTime? DueAt,
    ComputationRecord? DueComputation,
    int EscalationLevel,
    IReadOnlyList<LadderStepView> Ladder,
    TimerView? NextTimer,
    DateTime? RightsLapseAt,
    string? DocumentReference,
    string? Exemption,
    IReadOnlyList<Trigger> PermittedActions)
{
    /// <summary>The deadline as the law states it: its last day ("2022-02-07"), in <see cref="Zone"/>; <c>dueAt</c> is the instant that day ends.</summary>
    public string? DueDate { get; init; }

    /// <summary>Where the law counts from registration: the deadline had the request been registered on the day it arrived.</summary>
    public string? EarliestDueDate { get; init; }

    /// <summary>The IANA zone the question's days are counted in: the authority's.</summary>
    public string? Zone { get; init; }

    /// <summary>The deadline lies in a year its calendar is not confirmed for (see the calendar's <c>confirmedThrough</c>).</summary>
    public bool Provisional { get; init; }

    /// <summary>Where the law sets a time to acknowledge receipt: its last day ("2022-02-07"), while none is recorded and no reminder has gone.</summary>
    public string? AcknowledgeDate { get; init; }

    /// <summary>The deadline is a target the law says the answer should come by (Germany's IFG), not a time limit: past it, the question is "past the target", never "overdue".</summary>
    public bool SoftDeadline { get; init; }

    /// <summary>The advocate's last day to appeal, as a day in <see cref="Zone"/>.</summary>
    public string? RightsLapseDate { get; init; }

    /// <summary>The deadline itself: running, stopped (clarification), passed, or how the question closed.</summary>
    public string DeadlineStatus { get; init; } = "notStarted";

    /// <summary>When the question reached its current outcome (answered, refused, withdrawn ...); null while it waits.</summary>
    public DateTime? ClosedAt { get; init; }

    /// <summary>The date borne by the authority's letter behind the current outcome, as recorded.</summary>
    public DateOnly? OutcomeLetterDate { get; init; }

    /// <summary>The day that letter arrived, where the authority is: what its appeal window and the authority's figures count from.</summary>
    public DateOnly? OutcomeReceivedOn { get; init; }

    /// <summary>
    /// The day, where the authority is, that an emailed reply not yet classified arrived: what the action form offers
    /// as the day of arrival, so a reply read days later is not recorded as arriving late.
    /// </summary>
    public DateOnly? ReplyArrivedOn { get; init; }

    /// <summary>The evidence each permitted action must carry (<c>documentReference</c>, <c>exemption</c>, ...).</summary>
    public IReadOnlyDictionary<Trigger, IReadOnlyList<string>> Requires { get; init; } = new Dictionary<Trigger, IReadOnlyList<string>>();
}
