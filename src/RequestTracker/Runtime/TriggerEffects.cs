using NodaTime;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;

namespace RequestTracker.Runtime;

/// <summary>
/// What each trigger does beyond moving the state: the law's arithmetic (deadline, extension, clock
/// stop, ladder, appeal window) and the emails it decides. Pure: it changes the instance it is given and
/// returns its decisions; <see cref="WorkflowEngine"/> queues the emails and journals, in one transaction.
/// </summary>
internal sealed class TriggerEffects(WorkflowContext context, ActionInput input, Instant at)
{
    private LawDefinition Law => context.Law;

    private WorkCalendar Calendar => context.Calendar;

    /// <summary>The law's one roll-over rule, applied to every day it computes: deadline, extension, window, appeal.</summary>
    private bool Roll => Law.LastDayRollsToWorkingDay;

    private WorkflowInstance Instance => context.Instance;

    /// <summary>When the authority's letter arrived: the start of the day given, else the moment it is recorded.</summary>
    private Instant Arrived => input.ReceivedOn is { } day ? LetterDates.Arrival(day, Calendar.Zone, at, Instance.RepliedAt) : at;

    public EffectResult Run(Trigger trigger) => trigger switch
    {
        Trigger.ExtensionAnnounced => Extend(),
        Trigger.ClarificationAsked => StopClock(),
        Trigger.ClarificationGiven => RestartClock(),
        Trigger.DeadlinePassed => DeadlinePassed(),
        Trigger.AcknowledgementPassed => AcknowledgementPassed(),
        Trigger.Acknowledged => Acknowledged(),
        Trigger.Escalated => EscalateNow(),
        Trigger.StepDue => StepDue(),
        Trigger.RightsWarning => RightsWarning(),
        Trigger.Answered => Answered(),
        Trigger.Refused or Trigger.PartiallyAnswered => Refused(trigger),
        Trigger.NotHeld => Done("The authority says it does not hold the information.", Law.Name),
        Trigger.Reopened => Reopened(),
        // The transfer's note (where it went, from when its time runs) is written by the transfer itself, which knows the body.
        Trigger.Transferred => Done(input.Note ?? string.Empty, $"{Law.Name}{Law.Cite("transfer")}: transfer to another body"),
        _ => Done(string.Empty, string.Empty),
    };

    private static EffectResult Done(string note, string rule, params EmailDecision[] emails) => EffectResult.Done(note, rule, emails);

    private static EffectResult Refuse(string detail, string? field = null) => EffectResult.Refuse(detail, field);

    private EffectResult Extend()
    {
        if (Law.Extension is not { } rule)
        {
            return Refuse($"{Law.Name} allows no extension.");
        }

        if (Instance.ExtensionsUsed >= rule.Times)
        {
            return Refuse($"{Law.Name} allows {rule.Times} extension(s); {Instance.ExtensionsUsed} already announced.");
        }

        var amount = input.Extension ?? rule.By.Amount;
        if (amount < 1 || amount > rule.By.Amount)
        {
            return Refuse($"{Law.Name} allows an extension of at most {rule.By}; {rule.By.WithAmount(amount)} was announced.", Evidence.Extension);
        }

        if (Instance.DueAt is not { } due)
        {
            return Refuse("The question has no running deadline to extend.");
        }

        // Counted from the deadline in force, kept as its basis so a later calendar change recounts both.
        var extended = ComputationRecord.FromJson(Instance.DueComputation)?.ToComputation() is { } current && current.Due == Instant.FromDateTimeUtc(due)
            ? DeadlineCalculator.After(current, rule.By.WithAmount(amount), Calendar, Roll)
            : DeadlineCalculator.After(Instant.FromDateTimeUtc(due), rule.By.WithAmount(amount), Calendar, Roll);
        Instance.Extend(extended);
        var note = $"Deadline extended by {rule.By.WithAmount(amount)}: {extended.Explain()}";
        // Notice is counted from where the law counts the period: registration (the last day allowed for it) or receipt.
        if (rule.NoticeWithin is { } notice)
        {
            var received = Instant.FromDateTimeUtc(Instance.StartedAt);
            var noticeBy = Law.Registration is { } registration
                ? DeadlineCalculator.After(DeadlineCalculator.Add(received, registration, Calendar, Roll).Due, notice, Calendar, Roll).Due
                : DeadlineCalculator.Add(received, notice, Calendar, Roll).Due;
            if (Arrived >= noticeBy) // the instant that ends the last day is the first of the next
            {
                note += $" The law requires notice within {notice} of {(Law.Registration is null ? "receipt" : "registration")}; this notice came later, so the extension can be contested.";
            }
        }

        return Done(note, $"{Law.Name}{Law.Cite("extension")}: extension of at most {rule.By}, {rule.Times} time(s)");
    }

    private EffectResult StopClock()
    {
        Instance.StopClock(at);
        return Done("The authority asked for clarification; the clock is stopped.", $"{Law.Name}: clarification {Law.Clarification.ToString().ToLowerInvariant()}s the clock");
    }

    private EffectResult RestartClock()
    {
        var computation = ComputationRecord.FromJson(Instance.DueComputation);
        var span = Law.Clarification == ClarificationEffect.Pause && computation is not null && Instance.ClockStoppedAt is { } stopped
            ? DeadlineCalculator.Remaining(computation.StartInstant(), Instant.FromDateTimeUtc(stopped), computation.Span(), Calendar)
            : Law.Counted;
        var due = DeadlineCalculator.Add(at, span, Calendar, Roll);
        Instance.RestartClock(due);
        return Done($"Clarification given; the clock runs again: {due.Explain()}", $"{Law.Name}: clarification {Law.Clarification.ToString().ToLowerInvariant()}s the clock");
    }

    private EffectResult DeadlinePassed()
    {
        if (Law.Ladder.Count == 0)
        {
            Instance.NoLadder(at, Calendar.Zone);
            return Done("The deadline passed; the law has no escalation ladder.", Law.Name);
        }

        var first = Law.Ladder[0];
        var start = DeadlineCalculator.After(at, first.Starts, Calendar, Roll);
        Instance.ScheduleStep(start.Due);
        // A target the law says the answer "should" come within has passed; no time limit was broken.
        var passed = Law.Soft
            ? $"The {Law.Response} the law sets as a target passed without an answer (a target, not a time limit{Law.Cite("soft")})."
            : "The deadline passed without an answer.";
        return Done($"{passed} First step, {first.Name}, on {start.Explain()}", $"{Law.Name}: ladder step 1 starts {first.Starts} after {(Law.Soft ? "the target" : "the deadline")}");
    }

    /// <summary>The authority acknowledged receipt: the law's time to do so is met (or no longer matters).</summary>
    private EffectResult Acknowledged()
    {
        if (Instance.AcknowledgeOn is not { } due)
        {
            return Done(string.Empty, string.Empty);
        }

        Instance.ExpectAcknowledgement(null);
        return Done($"Receipt acknowledged; the law gave until the end of {Deadline.Format.Words(due, "en")}.", $"{Law.Name}{Law.Cite(Source)}: receipt acknowledged within {Law.Acknowledgement}");
    }

    /// <summary>The law file's source key for its acknowledgement rule: the same word as the timer instant it arms.</summary>
    private const string Source = Instants.Acknowledgement;

    /// <summary>
    /// The law's time to acknowledge receipt passed without an acknowledgement: one letter reminds the authority of it and of
    /// the decision's own last day, which runs on. Once per request (the letter lists its open questions).
    /// </summary>
    private EffectResult AcknowledgementPassed()
    {
        var day = Instance.AcknowledgeOn is { } on ? Deadline.Format.Words(on, "en") : "the day the law sets";
        Instance.ExpectAcknowledgement(null);
        var email = new EmailDecision(WorkflowLoader.AcknowledgementReminder, null, Recipient.Authority, $"request:{context.RequestId}:acknowledgement");
        return Done($"No acknowledgement of receipt by the end of {day}, within the {Law.Acknowledgement} the law gives{Law.Cite(Source)}; the authority is reminded. The decision is still due by the end of {(Instance.DueOn is { } due ? Deadline.Format.Words(due, "en") : "its deadline")}.",
            $"{Law.Name}{Law.Cite(Source)}: receipt acknowledged within {Law.Acknowledgement}", email);
    }

    private EffectResult EscalateNow()
    {
        // After a refusal the next step is the appeal the law provides, never a reminder for silence.
        if (Instance.Category is StateCategory.Refused or StateCategory.Partial)
        {
            Instance.SkipTo(Law.RefusalStart);
        }

        if (Instance.EscalationLevel >= Law.Ladder.Count)
        {
            return Refuse("Every step of the escalation ladder has already been taken.");
        }

        Instance.ScheduleStep(at);
        return Done($"Escalated by hand: {Law.Ladder[Instance.EscalationLevel].Name} now.", Law.Name);
    }

    private EffectResult StepDue()
    {
        var level = Instance.EscalationLevel;
        if (level >= Law.Ladder.Count)
        {
            return Done("No ladder step is left.", Law.Name);
        }

        var step = Law.Ladder[level];
        var replyBy = DeadlineCalculator.After(at, step.Window, Calendar, Roll);
        var email = new EmailDecision(step.Template, step.Id, step.To, $"request:{context.RequestId}:step:{step.Id}:{at.ToUnixTimeTicks()}");
        Instant? next = level + 1 < Law.Ladder.Count ? DeadlineCalculator.After(replyBy.Due, Law.Ladder[level + 1].Starts, Calendar, Roll).Due : null;
        Instance.TakeStep(replyBy, next);

        return Done($"Step {level + 1} of {Law.Ladder.Count}, {step.Name}; reply expected by the end of the window ({step.Window}).",
            $"{Law.Name}: {step.Name}, window {step.Window}", email);
    }

    private EffectResult RightsWarning()
    {
        var email = new EmailDecision("advocate-warning", null, Recipient.Advocate, $"question:{context.QuestionId}:rights-warning:{Instance.Sequence}");
        Instance.Warned();
        var lastDay = Instance.RightsLapseOn is { } day ? Deadline.Format.Words(day, "en") : "an unknown day";
        return Done($"The advocate's {Law.Appeal?.Name.ToLowerInvariant() ?? "appeal"} right lapses after {lastDay} ({Calendar.Zone.Id}).", Law.Name, email);
    }

    /// <summary>A correction: the outcome's evidence and appeal window are dropped; the original deadline and ladder stand.</summary>
    private EffectResult Reopened()
    {
        Instance.CorrectOutcome();
        return Done("The recorded outcome was corrected; the original deadline and ladder apply again.", Law.Name);
    }

    /// <summary>Answered in full: an earlier refusal's exemption and appeal window no longer apply (they stay in the journal).</summary>
    private EffectResult Answered()
    {
        Instance.Answer(input.DocumentReference?.Trim());
        return Done(string.IsNullOrWhiteSpace(input.DocumentReference) ? "Answered." : $"Answered: {input.DocumentReference.Trim()}.", Law.Name);
    }

    private EffectResult Refused(Trigger trigger)
    {
        Instance.Refuse(input.Exemption?.Trim(), partly: trigger == Trigger.PartiallyAnswered, input.DocumentReference?.Trim());

        var note = trigger == Trigger.Refused ? "Refused" : "Partially answered";
        if (!string.IsNullOrWhiteSpace(input.Exemption))
        {
            note += $", citing {input.Exemption.Trim()}";
        }

        if (Law.Appeal is not { } appeal)
        {
            return Done(note + ".", Law.Name);
        }

        // The window runs from the day the refusal arrived; a warning already due is given at once, not in the past.
        var lapse = DeadlineCalculator.Add(Arrived, appeal.Within, Calendar, Roll);
        var warning = DeadlineCalculator.Before(lapse.Due, appeal.WarnBefore, Calendar);
        Instance.SetRightsLapse(lapse, warning > at ? warning : at);
        return Done($"{note}. Last day for the {appeal.Name.ToLowerInvariant()}: {lapse.Explain()}", $"{Law.Name}{Law.Cite("appeal")}: {appeal.Name} within {appeal.Within}");
    }
}
