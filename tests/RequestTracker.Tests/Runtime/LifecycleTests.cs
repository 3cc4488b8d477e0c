using Microsoft.EntityFrameworkCore;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Questions;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// What the lifecycle means, proven on the core without a web host. UK FOIA, sent Monday 10 January 2022
/// 09:00 GMT; dates counted by hand on the England-and-Wales calendar (no holiday falls in the ranges):
/// due at the end of Monday 7 February (20 working days), reminder at the end of Tuesday 8 February,
/// internal review at the end of Tuesday 15 February (5 working days later), complaint to the
/// Information Commissioner at the end of Tuesday 15 March (20 working days later).
/// </summary>
public sealed class LifecycleTests
{
    private static readonly DateTimeOffset Sent = new(2022, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Due = new(2022, 2, 8, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Reminder = new(2022, 2, 9, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime InternalReview = new(2022, 2, 16, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Complaint = new(2022, 3, 16, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTimeOffset AfterReminder = new(2022, 2, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Withdrawing_a_sent_request_ends_every_workflow_cancels_its_queued_emails_and_sends_nothing_more()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await h.Send();
        await h.RunUntil(AfterReminder);
        await h.Db(db => db.Outbox.Where(o => o.Template == "request").ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Sent)));

        var withdrawn = await h.With<WithdrawRequest, Outcome<RequestResponse>>(w => w.Handle(h.Advocate, requestId, new WithdrawInput("Obtained elsewhere", NotifyAuthority: true), CancellationToken.None));
        var firedAfter = await h.RunUntil(Sent.AddYears(1));

        Assert.Equal(OutcomeKind.Ok, withdrawn.Kind);
        Assert.Equal("withdrawn", withdrawn.Value!.Progress);
        Assert.Equal(0, firedAfter);
        Assert.Equal(0, await h.Db(db => db.Timers.CountAsync()));
        var emails = await h.Outbox(requestId);
        Assert.Equal(
            [("request", OutboxStatus.Sent), ("reminder", OutboxStatus.Cancelled), ("withdrawal", OutboxStatus.Queued)],
            emails.Select(e => (e.Template, e.Status)));
        Assert.Equal("foi@ministry.example.org", emails[2].RecipientAddress);
        foreach (var question in questions)
        {
            var journal = await h.Journal(question);
            Assert.Equal(["started", "deadline-passed", "step-due", "withdrawn"], journal.Select(j => j.Event));
            Assert.Equal(("escalating", "withdrawn"), (journal[^1].FromState, journal[^1].ToState));
            Assert.Contains("Obtained elsewhere", journal[^1].Note, StringComparison.Ordinal);
            Assert.Contains("1 queued email(s) cancelled: 'reminder' to Ministry of Tests", journal[^1].Note, StringComparison.Ordinal);
            Assert.Equal("withdrawn", (await h.Question(question)).Value!.State);
        }
    }

    [Fact]
    public async Task The_journal_names_who_acted_the_person_or_the_timer()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await h.Send(1);
        await h.RunUntil(AfterReminder);
        await h.With<WithdrawRequest, Outcome<RequestResponse>>(w => w.Handle(h.Advocate, requestId, new WithdrawInput("Obtained elsewhere", NotifyAuthority: false), CancellationToken.None));

        var journal = (await h.With<ReadJournal, Outcome<IReadOnlyList<JournalView>>>(r => r.Handle(h.Manager, questions[0], CancellationToken.None))).Value!;

        Assert.Equal(
            [("started", "Aliya Advocate"), ("deadline-passed", "the timer"), ("step-due", "the timer"), ("withdrawn", "Aliya Advocate")],
            journal.Select(j => (j.Event, j.By)));
        Assert.StartsWith("timer@", journal[1].Actor, StringComparison.Ordinal); // the raw actor stays for the API
    }

    [Fact]
    public async Task Withdrawing_without_notice_queues_nothing_and_twice_is_a_conflict()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, _) = await h.Send();

        var first = await h.With<WithdrawRequest, Outcome<RequestResponse>>(w => w.Handle(h.Advocate, requestId, new WithdrawInput(null, false), CancellationToken.None));
        var second = await h.With<WithdrawRequest, Outcome<RequestResponse>>(w => w.Handle(h.Advocate, requestId, new WithdrawInput(null, false), CancellationToken.None));
        var other = await h.With<WithdrawRequest, Outcome<RequestResponse>>(w => w.Handle(h.OtherAdvocate, requestId, new WithdrawInput(null, false), CancellationToken.None));

        var acted = await h.Act(first.Value!.Questions[0].Id, "answered", documentReference: "Too late");

        Assert.Equal((OutcomeKind.Ok, OutcomeKind.Conflict, OutcomeKind.NotFound), (first.Kind, second.Kind, other.Kind));
        Assert.Equal([("request", OutboxStatus.Cancelled)], (await h.Outbox(requestId)).Select(e => (e.Template, e.Status)));
        Assert.Equal(OutcomeKind.Conflict, acted.Kind);
        Assert.Empty((await h.Question(first.Value.Questions[0].Id)).Value!.PermittedActions);
    }

    [Fact]
    public async Task An_answer_after_a_refusal_drops_the_exemption_and_the_appeal_window()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send(1);
        var refused = (await h.Act(questions[0], "refused", exemption: "s.27")).Value!;

        var answered = (await h.Act(questions[0], "answered", documentReference: "Released after review")).Value!;

        Assert.Equal(("s.27", true), (refused.Exemption, refused.RightsLapseAt is not null));
        Assert.Equal(("answered", null, null, "Released after review"), (answered.State, answered.Exemption, answered.RightsLapseAt, answered.DocumentReference));
        Assert.Equal(0, await h.Db(db => db.Timers.CountAsync())); // the appeal warning is no longer armed
    }

    [Theory]
    [InlineData("answered", null, null, null, Evidence.DocumentReference)]
    [InlineData("refused", null, null, null, Evidence.Exemption)]
    [InlineData("partially-answered", "Annex 1", null, null, Evidence.Exemption)]
    [InlineData("partially-answered", null, "s.27", null, Evidence.DocumentReference)]
    [InlineData("extension-announced", null, null, null, Evidence.Extension)]
    public async Task An_outcome_without_its_evidence_is_refused_naming_the_field_and_changes_nothing(
        string action, string? documentReference, string? exemption, int? extension, string field)
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send(1);

        var outcome = await h.Act(questions[0], action, documentReference: documentReference, exemption: exemption, extension: extension);

        Assert.Equal(OutcomeKind.Unprocessable, outcome.Kind);
        Assert.Equal([field], outcome.Errors.Keys);
        Assert.Equal("awaiting-response", (await h.Question(questions[0])).Value!.State);
        Assert.Equal(["started"], (await h.Journal(questions[0])).Select(j => j.Event));
    }

    [Fact]
    public async Task Reopening_a_mis_recorded_answer_restores_the_state_before_it_and_the_original_deadline()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send(1);
        var q = questions[0];
        h.Clock.SetUtcNow(new DateTimeOffset(2022, 1, 20, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(OutcomeKind.Ok, (await h.Act(q, "answered", documentReference: "Letter 22/041")).Kind);

        var withoutReason = await h.Act(q, "reopened");
        var reopened = await h.Act(q, "reopened", note: "The letter answered another request.");
        await h.RunUntil(AfterReminder);

        Assert.Equal([Evidence.Note], withoutReason.Errors.Keys);
        Assert.Equal(OutcomeKind.Ok, reopened.Kind);
        Assert.Equal(("awaiting-response", null, Due), (reopened.Value!.State, reopened.Value.DocumentReference, reopened.Value.DueAt));
        var journal = await h.Journal(q);
        Assert.Equal(["started", "answered", "reopened", "deadline-passed", "step-due"], journal.Select(j => j.Event));
        Assert.Equal(("answered", "awaiting-response"), (journal[2].FromState, journal[2].ToState));
        Assert.Equal([Due, Reminder], journal.Skip(3).Select(j => j.ScheduledFor!.Value));
    }

    [Fact]
    public async Task Reopening_an_answer_given_mid_ladder_returns_to_the_ladder_at_its_planned_dates()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send(1);
        var q = questions[0];
        await h.RunUntil(AfterReminder);
        await h.Act(q, "answered", documentReference: "Letter 22/041");
        await h.RunUntil(new DateTimeOffset(2022, 2, 20, 0, 0, 0, TimeSpan.Zero)); // nothing fires while answered

        await h.Act(q, "reopened", note: "Wrong question.");
        await h.RunUntil(new DateTimeOffset(2022, 2, 21, 0, 0, 0, TimeSpan.Zero));

        var journal = await h.Journal(q);
        Assert.Equal(["started", "deadline-passed", "step-due", "answered", "reopened", "step-due"], journal.Select(j => j.Event));
        Assert.Equal(InternalReview, journal[^1].ScheduledFor); // the internal review keeps its original date
    }

    [Fact]
    public async Task One_action_on_several_questions_is_recorded_on_all_of_them_or_on_none()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await h.Send(3);
        await h.Act(questions[1], "answered", documentReference: "Annex A");

        var acknowledged = await Many(h, requestId, [questions[0], questions[2]], "acknowledged");
        var refused = await Many(h, requestId, [questions[0], questions[1]], "refused", exemption: "s.27");
        var foreign = await Many(h, requestId, [questions[0], 999_999], "acknowledged");

        Assert.Equal(OutcomeKind.Ok, acknowledged.Kind);
        Assert.Equal([questions[0], questions[2]], acknowledged.Value!.Select(v => v.Id));
        Assert.Equal(OutcomeKind.Conflict, refused.Kind);
        Assert.Equal(questions[1], refused.Extensions["questionId"]);
        Assert.Equal(["questionIds[1]"], foreign.Errors.Keys);
        Assert.Equal(["started", "acknowledged"], (await h.Journal(questions[0])).Select(j => j.Event)); // the refusal recorded nothing
        Assert.Equal(["started", "acknowledged"], (await h.Journal(questions[2])).Select(j => j.Event));
    }

    [Fact]
    public async Task The_ladder_shows_taken_rungs_with_their_dates_planned_dates_for_the_rest_and_how_a_closed_question_closed()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send(1);
        var q = questions[0];

        var fresh = (await h.Question(q)).Value!;
        await h.RunUntil(AfterReminder);
        var escalating = (await h.Question(q)).Value!;
        var answered = (await h.Act(q, "answered", documentReference: "Letter 22/041")).Value!;

        Assert.Equal("running", fresh.DeadlineStatus);
        Assert.Equal([("planned", Reminder), ("planned", InternalReview), ("planned", Complaint)], fresh.Ladder.Select(r => (r.Status, r.At!.Value)));
        Assert.Equal("passed", escalating.DeadlineStatus);
        Assert.Equal([("done", (DateTime?)Reminder), ("next", InternalReview), ("planned", Complaint)], escalating.Ladder.Select(r => (r.Status, r.At)));
        Assert.Equal("answered", answered.DeadlineStatus);
        Assert.Equal(AfterReminder.UtcDateTime, answered.ClosedAt);
        Assert.Equal([("done", (DateTime?)Reminder), ("notNeeded", null), ("notNeeded", null)], answered.Ladder.Select(r => (r.Status, r.At)));
    }

    [Fact]
    public async Task A_manual_escalation_takes_one_rung_counted_once()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send(1);
        var at = new DateTimeOffset(2022, 1, 20, 10, 0, 0, TimeSpan.Zero);
        h.Clock.SetUtcNow(at);

        await h.Act(questions[0], "escalated");
        await h.RunUntil(at);
        var figures = await h.With<Overview.Figures, Overview.FiguresView>(f => f.Handle(CancellationToken.None));
        var view = (await h.Question(questions[0])).Value!;

        Assert.Equal(["started", "escalated", "step-due"], (await h.Journal(questions[0])).Select(j => j.Event));
        Assert.Equal(1, figures.EscalationsToday);
        Assert.Equal(("done", (DateTime?)at.UtcDateTime), (view.Ladder[0].Status, view.Ladder[0].At));
    }

    private static Task<Outcome<IReadOnlyList<QuestionView>>> Many(EngineHarness h, int requestId, IReadOnlyList<int> ids, string action, string? exemption = null) =>
        h.With<ActOnQuestion, Outcome<IReadOnlyList<QuestionView>>>(a => a.HandleMany(h.Advocate, requestId, new BatchActionInput(ids, action, null, null, exemption, null), CancellationToken.None));
}
