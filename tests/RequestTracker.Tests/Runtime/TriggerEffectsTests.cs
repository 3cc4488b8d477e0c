using NodaTime;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// Each trigger's effect on its own (no database, no engine): the instance fields it sets, the emails it
/// decides and the journal's note and rule, word for word. Every date is counted by hand in the comments.
/// </summary>
public class TriggerEffectsTests
{
    private const string Uk = "United Kingdom — Freedom of Information Act 2000";
    private const string Ru = "Russian Federation — Federal Law No. 8-FZ of 9 February 2009";
    private const string Us = "United States — Freedom of Information Act, 5 U.S.C. 552";

    private static readonly Instant UkDeadline = Utc(2022, 2, 8, 0); // the end of Monday 7 February 2022 (GMT)

    [Fact]
    public void The_deadline_passing_plans_the_first_step_one_working_day_later()
    {
        var (result, instance) = Run("uk-foia-2000", Triggers.DeadlinePassed, UkDeadline);

        Assert.Equal(Utc(2022, 2, 9, 0), At(instance.NextStepAt)); // the end of Tuesday 8 February
        Assert.StartsWith("The deadline passed without an answer. First step, Reminder to the authority, on 1 working day from ", result.Note, StringComparison.Ordinal);
        Assert.Equal($"{Uk}: ladder step 1 starts 1 working day after the deadline", result.Rule);
        Assert.Empty(result.Emails);
    }

    [Fact]
    public void The_deadline_passing_under_a_law_without_a_ladder_ends_the_ladder_at_once()
    {
        var law = ShippedDefinitions.Catalog.Laws["io-default"] with { Ladder = [] };

        var (result, instance) = Run(law, Triggers.DeadlinePassed, Utc(2022, 2, 10, 0), i => i.With(x => x.NextStepAt, DateTime.UnixEpoch), ActionInput.None);

        Assert.Null(instance.NextStepAt);
        Assert.Equal(Utc(2022, 2, 10, 0), At(instance.LadderEndAt));
        Assert.Equal("The deadline passed; the law has no escalation ladder.", result.Note);
        Assert.Equal("International organisation without an access law (no right to an answer; courtesy period of 30 calendar days)", result.Rule);
    }

    [Fact]
    public void The_first_step_emails_the_authority_and_plans_the_next_after_its_window()
    {
        var at = Utc(2022, 2, 9, 0);

        var (result, instance) = Run("uk-foia-2000", Triggers.StepDue, at);

        // The reminder's window: 5 working days, Wednesday 9 to Tuesday 15 February; the internal review starts 0 days after.
        Assert.Equal(1, instance.EscalationLevel);
        Assert.Equal(Utc(2022, 2, 16, 0), At(instance.LadderEndAt));
        Assert.Equal(Utc(2022, 2, 16, 0), At(instance.NextStepAt));
        Assert.Equal([new EmailDecision("reminder", "reminder", Recipient.Parse("authority")!.Value, "request:3:step:reminder:16443648000000000")], result.Emails);
        Assert.Equal("Step 1 of 3, Reminder to the authority; reply expected by the end of the window (5 working days).", result.Note);
        Assert.Equal($"{Uk}: Reminder to the authority, window 5 working days", result.Rule);
    }

    [Fact]
    public void The_last_step_goes_to_the_escalation_contact_and_plans_nothing_after_it()
    {
        var (result, instance) = Run("uk-foia-2000", Triggers.StepDue, Utc(2022, 3, 16, 0), i => i.With(x => x.EscalationLevel, 2).With(x => x.NextStepAt, Utc(2022, 3, 16, 0).ToDateTimeUtc()));

        // 30 working days from Wednesday 16 March, skipping 17 March, 15 and 18 April: Friday 29 April, in BST.
        Assert.Equal(3, instance.EscalationLevel);
        Assert.Equal(Utc(2022, 4, 29, 23), At(instance.LadderEndAt));
        Assert.Null(instance.NextStepAt);
        Assert.Equal("escalation:oversightBody", Assert.Single(result.Emails).To.Word);
        Assert.StartsWith("Step 3 of 3, Complaint to the Information Commissioner;", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_due_with_no_step_left_does_nothing()
    {
        var (result, instance) = Run("uk-foia-2000", Triggers.StepDue, Utc(2022, 5, 1, 0), i => i.With(x => x.EscalationLevel, 3));

        Assert.Equal(3, instance.EscalationLevel);
        Assert.Equal("No ladder step is left.", result.Note);
        Assert.Equal(Uk, result.Rule);
        Assert.Empty(result.Emails);
    }

    [Theory]
    // Silence: the next rung. After a refusal: the appeal the law provides (the internal review, rung 2), never back down.
    [InlineData(Categories.Open, 0, 0, "Reminder to the authority")]
    [InlineData(Categories.Refused, 0, 1, "Request for an internal review")]
    [InlineData(Categories.Partial, 0, 1, "Request for an internal review")]
    [InlineData(Categories.Refused, 2, 2, "Complaint to the Information Commissioner")]
    [InlineData(Categories.Escalated, 2, 2, "Complaint to the Information Commissioner")]
    public void Escalating_by_hand_takes_the_next_rung_now(string word, int level, int expectedLevel, string step)
    {
        var at = Utc(2022, 3, 1, 10);

        var (result, instance) = Run("uk-foia-2000", Triggers.Escalated, at, i => i.With(x => x.Category, Categories.Stored(word)).With(x => x.EscalationLevel, level));

        Assert.Null(result.Refusal);
        Assert.Equal(expectedLevel, instance.EscalationLevel);
        Assert.Equal(at, At(instance.NextStepAt));
        Assert.Equal($"Escalated by hand: {step} now.", result.Note);
        Assert.Equal(Uk, result.Rule);
    }

    [Fact]
    public void Escalating_by_hand_past_the_last_rung_is_refused()
    {
        var (result, instance) = Run("uk-foia-2000", Triggers.Escalated, Utc(2022, 3, 1, 10), i => i.With(x => x.EscalationLevel, 3));

        Assert.Equal("Every step of the escalation ladder has already been taken.", result.Refusal?.Detail);
        Assert.Null(instance.NextStepAt);
    }

    [Fact]
    public void An_extension_adds_the_laws_days_to_the_deadline_and_counts_once()
    {
        // Due at the end of Wednesday 9 February (MSK); 15 calendar days on: Thursday 24 February, a working day.
        var (result, instance) = Run("ru-8-fz", Triggers.ExtensionAnnounced, Utc(2022, 1, 15, 9), RuDueFeb9);

        Assert.Null(result.Refusal);
        Assert.Equal(Utc(2022, 2, 24, 21), At(instance.DueAt));
        Assert.Equal(1, instance.ExtensionsUsed);
        Assert.Null(instance.EarliestDueAt);
        Assert.Contains("\"rule\":\"15 calendar days\"", instance.DueComputation, StringComparison.Ordinal);
        Assert.StartsWith("Deadline extended by 15 calendar days: 15 calendar days from ", result.Note, StringComparison.Ordinal);
        Assert.DoesNotContain("contested", result.Note, StringComparison.Ordinal); // Saturday 15 January is within 7 days of registration
        Assert.Equal($"{Ru} (8-FZ art. 18(6)): extension of at most 15 calendar days, 1 time(s)", result.Rule);
    }

    [Theory]
    // Fewer days than the law allows, down to one: Thursday 10 February.
    [InlineData(1, 2022, 2, 10)]
    [InlineData(15, 2022, 2, 24)]
    public void An_extension_of_fewer_days_is_counted_as_announced(int days, int year, int month, int day)
    {
        var (result, instance) = Run("ru-8-fz", Triggers.ExtensionAnnounced, Utc(2022, 1, 15, 9), RuDueFeb9, new ActionInput(null, null, null, days));

        Assert.Null(result.Refusal);
        Assert.Equal(Utc(year, month, day, 21), At(instance.DueAt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public void An_extension_beyond_the_law_is_refused_naming_the_field(int days)
    {
        var (result, instance) = Run("ru-8-fz", Triggers.ExtensionAnnounced, Utc(2022, 1, 15, 9), RuDueFeb9, new ActionInput(null, null, null, days));

        Assert.Equal($"{Ru} allows an extension of at most 15 calendar days; {days} calendar days was announced.", result.Refusal?.Detail);
        Assert.Equal("extension", result.Refusal?.Field);
        Assert.Equal(0, instance.ExtensionsUsed);
        Assert.Equal(Utc(2022, 2, 9, 21), At(instance.DueAt));
    }

    [Fact]
    public void A_second_extension_where_the_law_allows_one_is_refused()
    {
        var (result, instance) = Run("ru-8-fz", Triggers.ExtensionAnnounced, Utc(2022, 1, 15, 9), i => { RuDueFeb9(i); i.With(x => x.ExtensionsUsed, 1); });

        Assert.Equal($"{Ru} allows 1 extension(s); 1 already announced.", result.Refusal?.Detail);
        Assert.Equal(1, instance.ExtensionsUsed);
    }

    [Fact]
    public void No_extension_where_the_law_has_none_or_no_deadline_runs()
    {
        var (none, _) = Run("io-default", Triggers.ExtensionAnnounced, Utc(2022, 1, 15, 9), RuDueFeb9);
        var (noDeadline, _) = Run("ru-8-fz", Triggers.ExtensionAnnounced, Utc(2022, 1, 15, 9), i => i.With(x => x.DueAt, null));

        Assert.Equal("International organisation without an access law (no right to an answer; courtesy period of 30 calendar days) allows no extension.", none.Refusal?.Detail);
        Assert.Equal("The question has no running deadline to extend.", noDeadline.Refusal?.Detail);
    }

    [Fact]
    public void A_late_extension_notice_is_marked_contestable_counting_from_registration_or_receipt()
    {
        // 8-FZ: registered by Thursday 13 January (3 days), notice within 7 days of that: by the end of Thursday 20 January.
        var (ru, _) = Run("ru-8-fz", Triggers.ExtensionAnnounced, Utc(2022, 1, 21, 9), RuDueFeb9);
        // US FOIA: 20 working days from receipt on Monday 10 January (MLK Day 17 January skipped): the end of Tuesday 8 February.
        var (usOnTime, _) = Run("us-foia", Triggers.ExtensionAnnounced, Utc(2022, 2, 9, 4), UsReceivedJan10);
        var (usLate, _) = Run("us-foia", Triggers.ExtensionAnnounced, Utc(2022, 2, 9, 5), UsReceivedJan10);

        Assert.EndsWith(" The law requires notice within 7 calendar days of registration; this notice came later, so the extension can be contested.", ru.Note, StringComparison.Ordinal);
        Assert.DoesNotContain("contested", usOnTime.Note, StringComparison.Ordinal);
        Assert.EndsWith(" The law requires notice within 20 working days of receipt; this notice came later, so the extension can be contested.", usLate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clarification_request_stops_the_clock()
    {
        var at = Utc(2022, 1, 12, 12);

        var (result, instance) = Run("uk-foia-2000", Triggers.ClarificationAsked, at);

        Assert.Equal(at, At(instance.ClockStoppedAt));
        Assert.Equal("The authority asked for clarification; the clock is stopped.", result.Note);
        Assert.Equal($"{Uk}: clarification restarts the clock", result.Rule);
    }

    [Fact]
    public void Where_the_law_restarts_the_clock_the_clarification_starts_the_full_period_again()
    {
        // Given on Monday 7 March 2022: 20 working days from Tuesday 8 March, skipping St Patrick's Day: Tuesday 5 April (BST).
        var (result, instance) = Run("uk-foia-2000", Triggers.ClarificationGiven, Utc(2022, 3, 7, 10), i =>
        {
            // How the first deadline was computed is kept, but a restarting law does not use what was left of it.
            i.With(x => x.DueComputation, ComputationRecord.From(DeadlineCalculator.Add(Utc(2022, 1, 10, 10), new LegalSpan(20, SpanUnit.WorkingDays), ShippedDefinitions.Catalog.Calendars["uk"])).ToJson());
            i.With(x => x.ClockStoppedAt, Utc(2022, 1, 12, 12).ToDateTimeUtc());
        });

        Assert.Equal(Utc(2022, 4, 5, 23), At(instance.DueAt));
        Assert.Null(instance.ClockStoppedAt);
        Assert.StartsWith("Clarification given; the clock runs again: 20 working days from ", result.Note, StringComparison.Ordinal);
        Assert.Equal($"{Uk}: clarification restarts the clock", result.Rule);
    }

    [Fact]
    public void Where_the_law_pauses_the_clock_the_clarification_resumes_with_the_days_left()
    {
        // Received Monday 10 January 2022; stopped Friday 14 January (4 working days used, 16 left); resumed
        // Thursday 20 January: Friday 21, 24-28, 31 January-4 February, 7-11 February: Friday 11 February (EST).
        var (result, instance) = Run("us-foia", Triggers.ClarificationGiven, Utc(2022, 1, 20, 15), i =>
        {
            UsReceivedJan10(i);
            i.With(x => x.ClockStoppedAt, Utc(2022, 1, 14, 17).ToDateTimeUtc());
        });

        Assert.Equal(Utc(2022, 2, 12, 5), At(instance.DueAt));
        Assert.StartsWith("Clarification given; the clock runs again: 16 working days from ", result.Note, StringComparison.Ordinal);
        Assert.Equal($"{Us}: clarification pauses the clock", result.Rule);
    }

    [Theory]
    [InlineData("  Letter 22/041 ", "Letter 22/041", "Answered: Letter 22/041.")]
    [InlineData(null, null, "Answered.")]
    [InlineData("   ", "", "Answered.")]
    public void An_answer_records_its_reference_and_drops_a_refusals_exemption_and_appeal_window(string? reference, string? stored, string note)
    {
        var (result, instance) = Run("uk-foia-2000", Triggers.Answered, Utc(2022, 3, 1, 10), RefusedBefore, new ActionInput(null, reference, null, null));

        Assert.Equal(stored, instance.DocumentReference);
        Assert.Null(instance.Exemption);
        Assert.Null(instance.RightsLapseAt);
        Assert.Null(instance.RightsWarningAt);
        Assert.Equal(note, result.Note);
        Assert.Equal(Uk, result.Rule);
    }

    [Fact]
    public void A_refusal_opens_the_appeal_window_with_its_warning_date()
    {
        // Refused on Tuesday 1 March 2022 (MSK): 3 months on is Wednesday 1 June, a working day; warned 10 days before, from 22 May.
        var (result, instance) = Run("ru-8-fz", Triggers.Refused, Utc(2022, 3, 1, 9), null, new ActionInput(null, "ignored", " Art. 5 ", null));

        Assert.Equal("Art. 5", instance.Exemption);
        Assert.Null(instance.DocumentReference);
        Assert.Equal(Utc(2022, 6, 1, 21), At(instance.RightsLapseAt));
        Assert.Equal(Utc(2022, 5, 21, 21), At(instance.RightsWarningAt));
        Assert.StartsWith("Refused, citing Art. 5. Last day for the complaint to a higher body or a court: 3 months from ", result.Note, StringComparison.Ordinal);
        Assert.Equal($"{Ru} (8-FZ art. 23; Code of Administrative Procedure art. 219(1)): Complaint to a higher body or a court within 3 months", result.Rule);
    }

    [Fact]
    public void A_refusal_typed_in_later_counts_its_appeal_window_from_the_day_it_arrived()
    {
        // Typed in on Thursday 10 March, it arrived on Tuesday 1 March (MSK): the same window as the refusal above;
        // the warning is not in the past, so it stays on its day.
        var input = new ActionInput(null, null, "Art. 5", null) { ReceivedOn = new DateOnly(2022, 3, 1) };

        var (result, instance) = Run("ru-8-fz", Triggers.Refused, Utc(2022, 3, 10, 9), null, input);

        Assert.Equal(Utc(2022, 6, 1, 21), At(instance.RightsLapseAt));
        Assert.Equal(Utc(2022, 5, 21, 21), At(instance.RightsWarningAt));
        Assert.StartsWith("Refused, citing Art. 5. Last day for the complaint to a higher body or a court: 3 months from Tue 1 Mar 2022 ", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_notice_is_timely_by_the_day_it_arrived_not_the_day_it_was_typed_in()
    {
        // US FOIA: notice within 20 working days of receipt, by the end of Tuesday 8 February (see the test above);
        // typed in after that, but arrived on the 8th.
        var input = new ActionInput(null, null, null, null) { ReceivedOn = new DateOnly(2022, 2, 8) };

        var (result, _) = Run(ShippedDefinitions.Catalog.Laws["us-foia"], Triggers.ExtensionAnnounced, Utc(2022, 2, 9, 5), UsReceivedJan10, input);

        Assert.DoesNotContain("contested", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_answer_keeps_its_reference_and_without_an_exemption_cites_none()
    {
        var (result, instance) = Run("ru-8-fz", Triggers.PartiallyAnswered, Utc(2022, 3, 1, 9), null, new ActionInput(null, " Letter 7 ", "  ", null));

        Assert.Equal("Letter 7", instance.DocumentReference);
        Assert.Equal(string.Empty, instance.Exemption);
        Assert.StartsWith("Partially answered. Last day for the complaint", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_under_a_law_without_an_appeal_opens_no_window()
    {
        var (result, instance) = Run("io-default", Triggers.Refused, Utc(2022, 3, 1, 9), null, new ActionInput(null, null, "Confidential", null));

        Assert.Null(instance.RightsLapseAt);
        Assert.Null(instance.RightsWarningAt);
        Assert.Equal("Refused, citing Confidential.", result.Note);
        Assert.Equal("International organisation without an access law (no right to an answer; courtesy period of 30 calendar days)", result.Rule);
    }

    [Fact]
    public void A_warning_date_already_past_is_given_at_once()
    {
        // Appeal within 5 calendar days, warned 10 days before its end: the warning falls before the refusal itself.
        var at = Utc(2022, 3, 1, 9);
        var law = ShippedDefinitions.Catalog.Laws["io-default"] with
        {
            Appeal = new AppealRule("Appeal", new LegalSpan(5, SpanUnit.CalendarDays), new LegalSpan(10, SpanUnit.CalendarDays), null),
        };

        var (_, instance) = Run(law, Triggers.Refused, at, null, ActionInput.None);

        Assert.Equal(Utc(2022, 3, 7, 0), At(instance.RightsLapseAt)); // the end of Sunday 6 March (UTC)
        Assert.Equal(at, At(instance.RightsWarningAt));
    }

    [Fact]
    public void The_rights_warning_emails_the_advocate_once_with_the_last_day()
    {
        var (result, instance) = Run("ru-8-fz", Triggers.RightsWarning, Utc(2022, 5, 21, 21), i =>
        {
            i.With(x => x.RightsLapseAt, Utc(2022, 6, 1, 21).ToDateTimeUtc());
            i.With(x => x.RightsLapseOn, new DateOnly(2022, 6, 1));
            i.With(x => x.RightsWarningAt, Utc(2022, 5, 21, 21).ToDateTimeUtc());
        });

        Assert.Null(instance.RightsWarningAt);
        Assert.Equal([new EmailDecision("advocate-warning", null, Recipient.Parse("advocate")!.Value, "question:7:rights-warning:4")], result.Emails);
        Assert.Equal("The advocate's complaint to a higher body or a court right lapses after Wednesday 1 June 2022 (Europe/Moscow).", result.Note);
        Assert.Equal(Ru, result.Rule);
    }

    [Fact]
    public void A_rights_warning_without_an_appeal_or_a_last_day_says_so()
    {
        var (result, _) = Run("io-default", Triggers.RightsWarning, Utc(2022, 5, 21, 21));

        Assert.Equal("The advocate's appeal right lapses after an unknown day (Etc/UTC).", result.Note);
    }

    [Fact]
    public void Reopening_drops_the_outcomes_evidence_and_appeal_window()
    {
        var (result, instance) = Run("uk-foia-2000", Triggers.Reopened, Utc(2022, 3, 1, 10), i => { RefusedBefore(i); i.With(x => x.DocumentReference, "x"); });

        Assert.Equal((null, null, null, null), (instance.DocumentReference, instance.Exemption, instance.RightsLapseAt, instance.RightsWarningAt));
        Assert.Equal("The recorded outcome was corrected; the original deadline and ladder apply again.", result.Note);
        Assert.Equal(Uk, result.Rule);
    }

    [Fact]
    public void Not_held_is_noted_and_a_trigger_without_effects_notes_nothing()
    {
        var (notHeld, _) = Run("uk-foia-2000", Triggers.NotHeld, Utc(2022, 3, 1, 10));
        var (acknowledged, _) = Run("uk-foia-2000", Triggers.Acknowledged, Utc(2022, 3, 1, 10));

        Assert.Equal(("The authority says it does not hold the information.", Uk), (notHeld.Note, notHeld.Rule));
        Assert.Equal((string.Empty, string.Empty), (acknowledged.Note, acknowledged.Rule));
        Assert.Null(acknowledged.Refusal);
    }

    private static void RuDueFeb9(WorkflowInstance i)
    {
        i.With(x => x.StartedAt, Utc(2022, 1, 10, 7).ToDateTimeUtc()); // Monday 10 January, 10:00 in Moscow
        i.With(x => x.DueAt, Utc(2022, 2, 9, 21).ToDateTimeUtc());
        i.With(x => x.EarliestDueAt, Utc(2022, 2, 9, 21).ToDateTimeUtc());
    }

    private static void UsReceivedJan10(WorkflowInstance i)
    {
        i.With(x => x.StartedAt, Utc(2022, 1, 10, 15).ToDateTimeUtc()); // Monday 10 January, 10:00 in New York
        i.With(x => x.DueAt, Utc(2022, 2, 9, 5).ToDateTimeUtc());
        i.With(x => x.DueComputation, ComputationRecord.From(DeadlineCalculator.Add(Utc(2022, 1, 10, 15), new LegalSpan(20, SpanUnit.WorkingDays), ShippedDefinitions.Catalog.Calendars["us-federal"])).ToJson());
    }

    private static void RefusedBefore(WorkflowInstance i)
    {
        i.With(x => x.Exemption, "s.27");
        i.With(x => x.RightsLapseAt, Utc(2022, 4, 1, 0).ToDateTimeUtc());
        i.With(x => x.RightsWarningAt, Utc(2022, 3, 20, 0).ToDateTimeUtc());
    }

    private static (EffectResult Result, WorkflowInstance Instance) Run(string lawId, string trigger, Instant at, Action<WorkflowInstance>? setup = null, ActionInput? input = null) =>
        Run(ShippedDefinitions.Catalog.Laws[lawId], trigger, at, setup, input ?? ActionInput.None);

    private static (EffectResult Result, WorkflowInstance Instance) Run(LawDefinition law, string trigger, Instant at, Action<WorkflowInstance>? setup, ActionInput input)
    {
        var catalog = ShippedDefinitions.Catalog;
        var instance = new WorkflowInstance { QuestionId = 7, RequestId = 3, LawId = law.Id, StartedAt = Utc(2022, 1, 10, 10).ToDateTimeUtc() }
            .With(i => i.State, "awaiting-response").With(i => i.Category, StateCategory.Open).With(i => i.Sequence, 4).With(i => i.DueAt, UkDeadline.ToDateTimeUtc());
        setup?.Invoke(instance);
        var subject = new WorkflowSubject(3, new Addressee("Authority", "foi@example.org"), "Etc/UTC", [], new Addressee("Advocate", "advocate@example.org"));
        var context = new WorkflowContext(instance, subject, catalog.Question, law, catalog.Calendars[law.CalendarId], []);
        return (new TriggerEffects(context, input, at).Run(Triggers.Stored(trigger)), instance);
    }

    private static Instant Utc(int year, int month, int day, int hour) => Instant.FromUtc(year, month, day, hour, 0);

    private static Instant? At(DateTime? value) => value is { } v ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
