using RequestTracker.Definitions;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// The ladder as a question's page shows it, for each kind of question, under the UK FOIA ladder (reminder
/// 1 working day after the deadline for 5 working days; internal review at once for 20; the Commissioner
/// at once for 30). Dates counted by hand: deadline the end of Monday 7 February 2022.
/// </summary>
public class LadderPlanTests
{
    private static readonly DateTime Deadline = Utc(2022, 2, 8);
    private static readonly DateTime Reminder = Utc(2022, 2, 9); // the end of Tuesday 8 February
    private static readonly DateTime Review = Utc(2022, 2, 16); // the reminder's window, 9-15 February, ends
    private static readonly DateTime Commissioner = Utc(2022, 3, 16); // the review's 20 working days, 16 February-15 March, end

    [Fact]
    public void A_question_awaiting_its_deadline_has_every_rung_planned()
    {
        var rungs = Plan(StateCategory.Open, level: 0, dueAt: Deadline, nextStepAt: null, taken: []);

        Assert.Equal([(1, LadderPlan.Planned, Reminder), (2, LadderPlan.Planned, Review), (3, LadderPlan.Planned, Commissioner)], rungs);
    }

    [Fact]
    public void An_escalated_question_shows_the_rungs_taken_the_next_and_the_planned()
    {
        var rungs = Plan(StateCategory.Escalated, level: 1, dueAt: Deadline, nextStepAt: Review, taken: [Reminder]);

        Assert.Equal([(1, LadderPlan.Done, Reminder), (2, LadderPlan.Next, Review), (3, LadderPlan.Planned, Commissioner)], rungs);
    }

    [Fact]
    public void An_open_question_mid_ladder_after_a_reopening_plans_from_its_level()
    {
        var rungs = Plan(StateCategory.Open, level: 1, dueAt: Deadline, nextStepAt: null, taken: [Reminder]);

        // The review starts 0 working days after the deadline: at the deadline itself.
        Assert.Equal([(1, LadderPlan.Done, Reminder), (2, LadderPlan.Planned, Deadline), (3, LadderPlan.Planned, Utc(2022, 3, 8))], rungs);
    }

    [Fact]
    public void A_refused_question_holds_the_rungs_left_from_its_appeal_and_an_answered_one_needs_none()
    {
        var refused = Plan(StateCategory.Refused, level: 1, dueAt: Deadline, nextStepAt: null, taken: [Reminder]);
        var partial = Plan(StateCategory.Partial, level: 0, dueAt: Deadline, nextStepAt: null, taken: []);
        var answered = Plan(StateCategory.Answered, level: 0, dueAt: Deadline, nextStepAt: null, taken: []);

        Assert.Equal([(1, LadderPlan.Done, Reminder), (2, LadderPlan.OnHold, null), (3, LadderPlan.OnHold, null)], refused);
        // Refused before any rung: the reminder for silence is passed by — the UK's appeal starts at the internal review.
        Assert.Equal([(1, LadderPlan.Skipped, null), (2, LadderPlan.OnHold, null), (3, LadderPlan.OnHold, null)], partial);
        Assert.Equal([(1, LadderPlan.NotNeeded, null), (2, LadderPlan.NotNeeded, null), (3, LadderPlan.NotNeeded, null)], answered);
    }

    [Fact]
    public void Where_the_law_names_no_appeal_a_refusal_starts_past_the_reminders_to_the_authority_itself()
    {
        // The international organisation's ladder: a reminder to it, a letter to its head, a public statement.
        var law = ShippedDefinitions.Catalog.Laws["io-default"];
        var instance = new WorkflowInstance().With(i => i.Category, StateCategory.Refused).With(i => i.EscalationLevel, 0).With(i => i.DueAt, Deadline);

        var rungs = LadderPlan.Of(instance, law, ShippedDefinitions.Catalog.Calendars[law.CalendarId], []);

        Assert.Null(law.Appeal?.Step);
        Assert.Equal(1, law.RefusalStart);
        Assert.Equal([LadderPlan.Skipped, LadderPlan.OnHold, LadderPlan.OnHold], rungs.Select(r => r.Status));
        // A ladder whose first rung is an appeal to the authority itself (the UK's internal review after the reminder) keeps it.
        Assert.Equal("internal-review", ShippedDefinitions.Catalog.Laws["uk-foia-2000"].Ladder[ShippedDefinitions.Catalog.Laws["uk-foia-2000"].RefusalStart].Id);
    }

    [Fact]
    public void A_stopped_clock_or_a_missing_deadline_leaves_the_rungs_waiting()
    {
        var paused = Plan(StateCategory.Paused, level: 0, dueAt: Deadline, nextStepAt: null, taken: []);
        var noDeadline = Plan(StateCategory.Open, level: 0, dueAt: null, nextStepAt: null, taken: []);
        var escalatedWithoutNext = Plan(StateCategory.Escalated, level: 1, dueAt: Deadline, nextStepAt: null, taken: [Reminder]);

        Assert.Equal([(1, LadderPlan.Waiting, null), (2, LadderPlan.Waiting, null), (3, LadderPlan.Waiting, null)], paused);
        Assert.Equal(paused, noDeadline);
        Assert.Equal([(1, LadderPlan.Done, Reminder), (2, LadderPlan.Waiting, null), (3, LadderPlan.Waiting, null)], escalatedWithoutNext);
    }

    [Fact]
    public void Every_rung_taken_shows_done_with_a_date_where_the_journal_has_one()
    {
        var rungs = Plan(StateCategory.Escalated, level: 3, dueAt: Deadline, nextStepAt: null, taken: [Reminder, Review]);

        Assert.Equal([(1, LadderPlan.Done, Reminder), (2, LadderPlan.Done, Review), (3, LadderPlan.Done, null)], rungs);
    }

    [Fact]
    public void An_open_question_whose_every_rung_was_taken_plans_nothing_more()
    {
        // Reopened after the last rung: nothing is left to plan, and nothing breaks.
        var rungs = Plan(StateCategory.Open, level: 3, dueAt: Deadline, nextStepAt: null, taken: [Reminder, Review, Commissioner]);

        Assert.Equal([(1, LadderPlan.Done, Reminder), (2, LadderPlan.Done, Review), (3, LadderPlan.Done, Commissioner)], rungs);
    }

    private static List<(int Level, string Status, DateTime? At)> Plan(StateCategory category, int level, DateTime? dueAt, DateTime? nextStepAt, DateTime[] taken)
    {
        var law = ShippedDefinitions.Catalog.Laws["uk-foia-2000"];
        var instance = new WorkflowInstance().With(i => i.Category, category).With(i => i.EscalationLevel, level).With(i => i.DueAt, dueAt).With(i => i.NextStepAt, nextStepAt);
        var rungs = LadderPlan.Of(instance, law, ShippedDefinitions.Catalog.Calendars[law.CalendarId], taken);
        Assert.Equal(law.Ladder, rungs.Select(r => r.Step));
        return rungs.Select(r => (r.Level, r.Status, r.At)).ToList();
    }

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
}
