using System.Linq.Expressions;
using RequestTracker.Definitions;

namespace RequestTracker.Runtime;

/// <summary>
/// Where a question stands against its deadline — the one definition of "overdue" and "due soon" that
/// every list, page, figure, CSV and the digest use, as SQL (the expressions) and for one row (<see cref="Of"/>).
/// </summary>
internal static class Standing
{
    /// <summary>An open question whose deadline ends within this long is "due soon".</summary>
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromDays(7);

    /// <summary>
    /// The authority's time ran out without an answer: escalating, or still open past the end of its last
    /// day (the moment before the deadline timer fires). A stopped clock (clarification) is never overdue.
    /// </summary>
    public static Expression<Func<WorkflowInstance, bool>> IsOverdue(DateTime now) =>
        w => w.Category == StateCategory.Escalated || (w.Category == StateCategory.Open && w.DueAt <= now);

    public static Expression<Func<WorkflowInstance, bool>> IsNotOverdue(DateTime now)
    {
        var overdue = IsOverdue(now);
        return Expression.Lambda<Func<WorkflowInstance, bool>>(Expression.Not(overdue.Body), overdue.Parameters);
    }

    public static Expression<Func<WorkflowInstance, bool>> IsDueSoon(DateTime now)
    {
        var until = now + DueSoonWindow;
        return w => w.Category == StateCategory.Open && w.DueAt > now && w.DueAt <= until;
    }

    // The same definitions one category at a time, for lists that read each category's index range on its own
    // (ListQuestions): null where no question of the category can qualify, else the condition on its rows.
    private static readonly Expression<Func<WorkflowInstance, bool>> Every = w => true;

    public static Expression<Func<WorkflowInstance, bool>>? OverdueIn(StateCategory category, DateTime now) => category switch
    {
        StateCategory.Escalated => Every,
        StateCategory.Open => w => w.DueAt <= now,
        _ => null,
    };

    public static Expression<Func<WorkflowInstance, bool>>? NotOverdueIn(StateCategory category, DateTime now) => category switch
    {
        StateCategory.Escalated => null,
        StateCategory.Open => w => !(w.DueAt <= now),
        _ => Every,
    };

    public static Expression<Func<WorkflowInstance, bool>>? DueSoonIn(StateCategory category, DateTime now)
    {
        var until = now + DueSoonWindow;
        return category == StateCategory.Open ? w => w.DueAt > now && w.DueAt <= until : null;
    }

    public static string Of(StateCategory? category, DateTime? dueAt, DateTime now) => category switch
    {
        null => Timeliness.NotStarted,
        StateCategory.Escalated => Timeliness.Overdue,
        StateCategory.Open when dueAt is { } due && due <= now => Timeliness.Overdue,
        StateCategory.Open when dueAt is { } due && due - now <= DueSoonWindow => Timeliness.DueSoon,
        StateCategory.Open or StateCategory.Paused => Timeliness.OnTime,
        _ => Timeliness.Closed,
    };
}
