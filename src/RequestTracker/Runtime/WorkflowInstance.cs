using NodaTime;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;

namespace RequestTracker.Runtime;

/// <summary>
/// The running workflow of one question: its state and every day and instant the runtime computed. Its identity
/// is fixed when it begins; it changes only through the methods below, called by a transition
/// (<see cref="WorkflowTransition"/>, <see cref="TriggerEffects"/>, <see cref="OutcomeRecord"/>) in one transaction
/// with its timers, outbox and journal. <see cref="Sequence"/> is the optimistic-concurrency token and the
/// generation stale timers are checked against.
/// </summary>
internal sealed class WorkflowInstance
{
    public int QuestionId { get; init; }

    public int RequestId { get; init; }

    /// <summary>The request's authority, kept here (it never changes once sent) so figures group without a join.</summary>
    public int AuthorityId { get; init; }

    /// <summary>
    /// The request's owner, kept here (a request never changes hands) so an advocate's lists and counts are one index range
    /// of this table, not a join walked across every question.
    /// </summary>
    public string OwnerId { get; init; } = string.Empty;

    public string LifecycleId { get; init; } = string.Empty;

    public int LifecycleVersion { get; init; }

    public string LifecycleHash { get; init; } = string.Empty;

    public string LawId { get; init; } = string.Empty;

    public string LawHash { get; init; } = string.Empty;

    /// <summary>The calendar file the days are counted on: the current one (<see cref="CalendarUpdates"/> moves a running question onto a changed file).</summary>
    public string CalendarHash { get; private set; } = string.Empty;

    /// <summary>
    /// The IANA zone every day of this workflow is counted in: the authority's, when the workflow started
    /// (the calendar supplies only weekends and holidays). Empty on rows from before it was kept: the calendar's.
    /// </summary>
    public string Zone { get; init; } = string.Empty;

    public string State { get; private set; } = string.Empty;

    /// <summary>The state's category (open, paused, escalated, answered, refused, closed), kept for lists and dashboards.</summary>
    public StateCategory Category { get; private set; }

    public int Sequence { get; private set; }

    public DateTime StartedAt { get; init; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>The authority's current response deadline: its last day, in <see cref="Zone"/> (see <see cref="Deadline"/>).</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>The instant <see cref="DueOn"/> ends, which timers are armed for and lists filter on; set with it.</summary>
    public DateTime? DueAt { get; private set; }

    /// <summary>
    /// Where the law counts from registration: the last day if the request was registered the day it arrived.
    /// <see cref="DueOn"/> is then the latest possible deadline, the one the ladder waits for.
    /// </summary>
    public DateOnly? EarliestDueOn { get; private set; }

    /// <summary>The instant <see cref="EarliestDueOn"/> ends.</summary>
    public DateTime? EarliestDueAt { get; private set; }

    /// <summary>
    /// Where the law gives a separate time to acknowledge receipt: its last day, while no acknowledgement is recorded and
    /// no reminder about it has gone (<see cref="LawDefinition.Acknowledgement"/>).
    /// </summary>
    public DateOnly? AcknowledgeOn { get; private set; }

    /// <summary>The instant <see cref="AcknowledgeOn"/> ends, which its timer is armed for.</summary>
    public DateTime? AcknowledgeAt { get; private set; }

    /// <summary>How <see cref="DueAt"/> was computed, as JSON (start, rule, skipped days and why).</summary>
    public string DueComputation { get; private set; } = string.Empty;

    public DateTime? ClockStoppedAt { get; private set; }

    public int ExtensionsUsed { get; private set; }

    /// <summary>How many ladder steps have fired.</summary>
    public int EscalationLevel { get; private set; }

    public DateTime? NextStepAt { get; private set; }

    public DateTime? LadderEndAt { get; private set; }

    /// <summary>The last day of the ladder's final window (a reply expected by its end), in <see cref="Zone"/>; set with <see cref="LadderEndAt"/>.</summary>
    public DateOnly? LadderEndOn { get; private set; }

    /// <summary>The advocate's last day to appeal after a refusal or partial answer, in <see cref="Zone"/>.</summary>
    public DateOnly? RightsLapseOn { get; private set; }

    /// <summary>The instant <see cref="RightsLapseOn"/> ends.</summary>
    public DateTime? RightsLapseAt { get; private set; }

    public DateTime? RightsWarningAt { get; private set; }

    public string? DocumentReference { get; private set; }

    public string? Exemption { get; private set; }

    /// <summary>When the authority's latest reply arrived, while it waits to be classified (see <see cref="OutcomeRecord"/>).</summary>
    public DateTime? RepliedAt { get; private set; }

    /// <summary>The outcome's trigger (answered, partially-answered, refused, not-held) while the question rests in it; null otherwise.</summary>
    public string? OutcomeKind { get; private set; }

    /// <summary>When the authority gave the outcome: its reply's arrival, else when the outcome was recorded.</summary>
    public DateTime? OutcomeAt { get; private set; }

    /// <summary>Calendar days from sending to <see cref="OutcomeAt"/>, counted in <see cref="Zone"/>.</summary>
    public int? OutcomeDays { get; private set; }

    /// <summary>Whether <see cref="OutcomeAt"/> fell within the deadline in force then.</summary>
    public bool? OutcomeOnTime { get; private set; }

    /// <summary>The date borne by the authority's letter behind the outcome the question rests in, as recorded; null otherwise.</summary>
    public DateOnly? OutcomeLetterDate { get; private set; }

    /// <summary>The day that letter arrived, in <see cref="Zone"/> (the day it was recorded when none was given); null without an outcome.</summary>
    public DateOnly? OutcomeReceivedOn { get; private set; }

    /// <summary>A question's workflow as it begins, in its lifecycle's first state, counted in <paramref name="zone"/>.</summary>
    public static WorkflowInstance Begin(int questionId, WorkflowSubject subject, LifecycleDefinition lifecycle, LawDefinition law, string calendarHash, DateTimeZone zone, Instant now) => new()
    {
        QuestionId = questionId,
        RequestId = subject.RequestId,
        AuthorityId = subject.AuthorityId,
        OwnerId = subject.OwnerId,
        LifecycleId = lifecycle.Id,
        LifecycleVersion = lifecycle.Version,
        LifecycleHash = lifecycle.Hash,
        LawId = law.Id,
        LawHash = law.Hash,
        CalendarHash = calendarHash,
        Zone = zone.Id,
        State = lifecycle.Initial,
        Category = lifecycle.State(lifecycle.Initial).Category,
        Sequence = 1,
        StartedAt = now.ToDateTimeUtc(),
        UpdatedAt = now.ToDateTimeUtc(),
    };

    /// <summary>Enters a state: a new generation (timers armed for the old one no longer fire).</summary>
    public void MoveTo(string state, StateCategory category, Instant at)
    {
        State = state;
        Category = category;
        Sequence++;
        UpdatedAt = at.ToDateTimeUtc();
    }

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

    /// <summary>The law's time to acknowledge receipt starts, to <paramref name="by"/>; or none is due any more (acknowledged, reminded).</summary>
    public void ExpectAcknowledgement(DeadlineComputation? by)
    {
        AcknowledgeOn = by?.LastDay.ToDateOnly();
        AcknowledgeAt = by?.Due.ToDateTimeUtc();
    }

    /// <summary>An extension the law allows: the deadline moves, and one more of the extensions allowed is used.</summary>
    public void Extend(DeadlineComputation extended)
    {
        SetDue(extended);
        ExtensionsUsed++;
    }

    /// <summary>
    /// A calendar file changed (a decree, a corrected holiday): the question now counts on <paramref name="hash"/>, with
    /// <paramref name="due"/> (its deadline counted again) in force when one is given: then a new generation, so the timers
    /// armed for the old day are stale.
    /// </summary>
    /// <remarks><paramref name="journaled"/>: the change is journaled and told (a new generation even when no day moves, so a second replica's same change conflicts).</remarks>
    public void AdoptCalendar(string hash, Instant at, bool journaled = false, DeadlineComputation? due = null, DeadlineComputation? earliest = null, string? explanation = null)
    {
        CalendarHash = hash;
        if (due is not null)
        {
            SetDue(due, earliest, explanation);
        }

        if (journaled || due is not null)
        {
            Sequence++;
            UpdatedAt = at.ToDateTimeUtc();
        }
    }

    /// <summary>The authority asked for clarification: the clock stops.</summary>
    public void StopClock(Instant at) => ClockStoppedAt = at.ToDateTimeUtc();

    /// <summary>The clarification was given: the clock runs again, to <paramref name="due"/>.</summary>
    public void RestartClock(DeadlineComputation due)
    {
        SetDue(due);
        ClockStoppedAt = null;
    }

    /// <summary>When the next ladder step is taken; none when no step is left or none is due yet.</summary>
    public void ScheduleStep(Instant? at) => NextStepAt = at?.ToDateTimeUtc();

    /// <summary>Skips the ladder to <paramref name="level"/> (an appeal after a refusal is not preceded by reminders); never back.</summary>
    public void SkipTo(int level) => EscalationLevel = Math.Max(EscalationLevel, level);

    /// <summary>A ladder step is taken: a reply is expected by <paramref name="replyBy"/>; the next step, if any, at <paramref name="next"/>.</summary>
    public void TakeStep(DeadlineComputation replyBy, Instant? next)
    {
        EscalationLevel++;
        LadderEndAt = replyBy.Due.ToDateTimeUtc();
        LadderEndOn = replyBy.LastDay.ToDateOnly();
        ScheduleStep(next);
    }

    /// <summary>The deadline passed where the law has no ladder: nothing more is expected after <paramref name="at"/>.</summary>
    public void NoLadder(Instant at, DateTimeZone zone)
    {
        NextStepAt = null;
        LadderEndAt = at.ToDateTimeUtc();
        LadderEndOn = at.InZone(zone).Date.ToDateOnly();
    }

    /// <summary>The appeal window after a refusal and when to warn the advocate of its end, or none (answered, corrected).</summary>
    public void SetRightsLapse(DeadlineComputation? lapse, Instant? warnAt = null)
    {
        RightsLapseOn = lapse?.LastDay.ToDateOnly();
        RightsLapseAt = lapse?.Due.ToDateTimeUtc();
        RightsWarningAt = warnAt?.ToDateTimeUtc();
    }

    /// <summary>The advocate was warned that the appeal window closes: once.</summary>
    public void Warned() => RightsWarningAt = null;

    /// <summary>Answered in full: the document released; an earlier refusal's exemption and appeal window no longer apply.</summary>
    public void Answer(string? documentReference)
    {
        DocumentReference = documentReference;
        Exemption = null;
        SetRightsLapse(null);
    }

    /// <summary>Refused, wholly or (with the document released) in part, citing <paramref name="exemption"/>.</summary>
    public void Refuse(string? exemption, bool partly, string? documentReference)
    {
        Exemption = exemption;
        if (partly)
        {
            DocumentReference = documentReference;
        }
    }

    /// <summary>A recorded outcome was a mistake: its evidence and appeal window go (the journal keeps them).</summary>
    public void CorrectOutcome()
    {
        DocumentReference = null;
        Exemption = null;
        SetRightsLapse(null);
    }

    /// <summary>The authority replied at <paramref name="at"/>; the reply waits to be classified.</summary>
    public void ReplyArrived(Instant at) => RepliedAt = at.ToDateTimeUtc();

    /// <summary>The reply waiting was not an answer (an acknowledgement, an extension, a clarification).</summary>
    public void ReplyWasNoAnswer() => RepliedAt = null;

    /// <summary>The authority's first outcome: what its figures count (the reply that carried it is no longer waiting).</summary>
    public void RecordOutcome(string kind, DateTime at, int days, bool onTime)
    {
        (OutcomeKind, OutcomeAt, OutcomeDays, OutcomeOnTime) = (kind, at, days, onTime);
        RepliedAt = null;
    }

    /// <summary>The dates of record of the authority's letter behind the outcome the question rests in; none without one.</summary>
    public void SetOutcomeLetter(DateOnly? letterDate, DateOnly? receivedOn) => (OutcomeLetterDate, OutcomeReceivedOn) = (letterDate, receivedOn);

    /// <summary>
    /// The question left its outcome (reopened or otherwise back to waiting): no outcome stands. A corrected outcome's
    /// reply still stands for the next one (<paramref name="replyStands"/>).
    /// </summary>
    public void ClearOutcome(bool replyStands)
    {
        if (replyStands)
        {
            RepliedAt = OutcomeAt;
        }

        (OutcomeKind, OutcomeAt, OutcomeDays, OutcomeOnTime) = (null, null, null, null);
        SetOutcomeLetter(null, null);
    }

    /// <summary>A row from before the days were kept: each missing day from the instant that ends it (<see cref="DeadlineDaysBackfill"/>).</summary>
    public void FillMissingDays(Func<DateTime?, DateOnly?> dayEnding)
    {
        DueOn ??= dayEnding(DueAt);
        EarliestDueOn ??= dayEnding(EarliestDueAt);
        RightsLapseOn ??= dayEnding(RightsLapseAt);
        LadderEndOn ??= dayEnding(LadderEndAt);
    }
}
