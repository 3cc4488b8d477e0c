using RequestTracker.Definitions;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// The one definition of overdue and due soon, at its boundaries: the row form (<see cref="Standing.Of"/>)
/// and the query form (the expressions, compiled here) must give the same answer for every case.
/// </summary>
public class StandingTests
{
    private static readonly DateTime Now = new(2022, 2, 8, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    // The deadline instant itself is the end of the last day: from then on the question is overdue.
    [InlineData(Categories.Open, 0, Timeliness.Overdue)]
    [InlineData(Categories.Open, -1, Timeliness.Overdue)]
    [InlineData(Categories.Open, 1, Timeliness.DueSoon)]
    // Exactly seven days ahead is still within the week; a second more is not.
    [InlineData(Categories.Open, 7 * 86_400, Timeliness.DueSoon)]
    [InlineData(Categories.Open, (7 * 86_400) + 1, Timeliness.OnTime)]
    [InlineData(Categories.Escalated, 30 * 86_400, Timeliness.Overdue)]
    [InlineData(Categories.Paused, -86_400, Timeliness.OnTime)] // a stopped clock is never overdue
    [InlineData(Categories.Answered, -86_400, Timeliness.Closed)]
    [InlineData(Categories.Refused, 86_400, Timeliness.Closed)]
    public void Overdue_and_due_soon_hold_at_their_boundaries_in_both_forms(string word, int dueInSeconds, string expected)
    {
        var category = Categories.Stored(word);
        var due = Now.AddSeconds(dueInSeconds);
        var row = new WorkflowInstance().With(i => i.Category, category).With(i => i.DueAt, due);

        Assert.Equal(expected, Standing.Of(category, due, Now));
        Assert.Equal(expected == Timeliness.Overdue, Standing.IsOverdue(Now).Compile()(row));
        Assert.Equal(expected != Timeliness.Overdue, Standing.IsNotOverdue(Now).Compile()(row));
        Assert.Equal(expected == Timeliness.DueSoon, Standing.IsDueSoon(Now).Compile()(row));
        // The per-category form, by which lists read one index range per category, says the same.
        Assert.Equal(expected == Timeliness.Overdue, Standing.OverdueIn(category, Now)?.Compile()(row) ?? false);
        Assert.Equal(expected != Timeliness.Overdue, Standing.NotOverdueIn(category, Now)?.Compile()(row) ?? false);
        Assert.Equal(expected == Timeliness.DueSoon, Standing.DueSoonIn(category, Now)?.Compile()(row) ?? false);
    }

    [Fact]
    public void A_question_not_started_or_without_a_deadline_is_neither_overdue_nor_due_soon()
    {
        var open = new WorkflowInstance().With(i => i.Category, StateCategory.Open).With(i => i.DueAt, null);

        Assert.Equal(Timeliness.NotStarted, Standing.Of(null, null, Now));
        Assert.Equal(Timeliness.OnTime, Standing.Of(StateCategory.Open, null, Now));
        Assert.False(Standing.IsOverdue(Now).Compile()(open));
        Assert.False(Standing.IsDueSoon(Now).Compile()(open));
        Assert.False(Standing.OverdueIn(StateCategory.Open, Now)!.Compile()(open));
        Assert.True(Standing.NotOverdueIn(StateCategory.Open, Now)!.Compile()(open));
        Assert.False(Standing.DueSoonIn(StateCategory.Open, Now)!.Compile()(open));
    }
}
