using RequestTracker.Definitions;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

/// <summary>
/// A request's status derived from its questions, worst first: escalated, overdue, awaiting (a reply),
/// then once nothing waits: answered (all), refused (any refused), partial (any partially answered), closed.
/// </summary>
internal static class RequestProgress
{
    public static string Of(RequestStatus status, IEnumerable<(StateCategory Category, DateTime? DueAt)> questions, DateTime now)
    {
        if (status != RequestStatus.Sent)
        {
            return status.ToString().ToLowerInvariant();
        }

        var list = questions.ToList();
        if (list.Any(q => q.Category == StateCategory.Escalated))
        {
            return Progress.Escalated;
        }

        if (list.Any(q => Standing.Of(q.Category, q.DueAt, now) == Timeliness.Overdue))
        {
            return Progress.Overdue;
        }

        if (list.Any(q => Categories.Waiting(q.Category)))
        {
            return Progress.Awaiting;
        }

        if (list.Count > 0 && list.All(q => q.Category == StateCategory.Answered))
        {
            return Progress.Answered;
        }

        return list.Any(q => q.Category == StateCategory.Refused) ? Progress.Refused : list.Any(q => q.Category == StateCategory.Partial) ? Progress.Partial : Progress.Closed;
    }
}
