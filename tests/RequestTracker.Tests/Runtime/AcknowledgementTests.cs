using Microsoft.EntityFrameworkCore;
using RequestTracker.Definitions;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// Two deadlines on one question: Australia's FOI Act gives an agency 14 days to acknowledge receipt (s.15(5)(a)) and 30
/// to decide (s.15(5)(b)), both from receipt. Sent on Monday 12 January 2026 in Canberra: day 14 is Monday 26 January,
/// Australia Day, so the acknowledgement is due by the end of Tuesday 27 January (AIA s.36(2)); the decision by the end
/// of Wednesday 11 February. Counted by hand on the ACT's list.
/// </summary>
public sealed class AcknowledgementTests
{
    private static readonly DateTimeOffset Sent = new(2026, 1, 11, 23, 0, 0, TimeSpan.Zero); // Monday 12 January, 10:00 in Canberra

    [Fact]
    public async Task Silence_past_the_acknowledgement_day_sends_one_reminder_for_the_request_and_the_decision_deadline_runs_on()
    {
        await using var h = await EngineHarness.Start(Sent, "au-foi-1982", "Australia/Sydney");
        var (requestId, questions) = await h.Send(2);
        var view = (await h.Question(questions[0])).Value!;
        Assert.Equal(("2026-01-27", "2026-02-11"), (view.AcknowledgeDate, view.DueDate));

        await h.RunUntil(new DateTimeOffset(2026, 1, 28, 12, 0, 0, TimeSpan.Zero)); // the ACT's 29 January

        var reminders = (await h.Outbox(requestId)).Where(o => o.Template == WorkflowLoader.AcknowledgementReminder).ToList();
        Assert.Single(reminders); // the two questions' timers fire together: one letter to the agency
        foreach (var question in questions)
        {
            var journal = await h.Journal(question);
            var entry = Assert.Single(journal, j => j.Event == Triggers.AcknowledgementPassed);
            Assert.Contains("No acknowledgement of receipt by the end of Tuesday 27 January 2026, within the 14 calendar days the law gives", entry.Note, StringComparison.Ordinal);
            var now = (await h.Question(question)).Value!;
            Assert.Null(now.AcknowledgeDate);
            Assert.Equal(("awaiting-response", "2026-02-11"), (now.State, now.DueDate));
        }

        // The decision's own deadline still passes on its day, and the acknowledgement is not reminded again.
        await h.RunUntil(new DateTimeOffset(2026, 2, 12, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(StateCategory.Escalated, (await h.Question(questions[0])).Value!.StateCategory);
        Assert.Single(await h.Outbox(requestId), o => o.Template == WorkflowLoader.AcknowledgementReminder);
    }

    [Fact]
    public async Task An_acknowledgement_recorded_in_time_meets_the_first_deadline_and_nothing_is_sent()
    {
        await using var h = await EngineHarness.Start(Sent, "au-foi-1982", "Australia/Sydney");
        var (requestId, questions) = await h.Send(1);

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 20, 0, 0, 0, TimeSpan.Zero));
        var acknowledged = await h.Act(questions[0], Triggers.Acknowledged);
        Assert.Null(acknowledged.Value!.AcknowledgeDate);
        Assert.Equal(0, await h.Db(db => db.Timers.CountAsync(t => t.Instant == TimerInstant.Acknowledgement)));

        await h.RunUntil(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.DoesNotContain(await h.Outbox(requestId), o => o.Template == WorkflowLoader.AcknowledgementReminder);
        Assert.Contains(await h.Journal(questions[0]), j => j.Event == Triggers.Acknowledged && j.Note.Contains("Receipt acknowledged; the law gave until the end of Tuesday 27 January 2026.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_law_without_an_acknowledgement_period_arms_no_such_timer()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send(1);

        Assert.Null((await h.Question(questions[0])).Value!.AcknowledgeDate);
        Assert.Equal(0, await h.Db(db => db.Timers.CountAsync(t => t.Instant == TimerInstant.Acknowledgement)));
    }
}
