namespace RequestTracker.Requests;

/// <summary>
/// A request's status derived from its questions, worst first: escalated, overdue, awaiting (a reply),
/// then once nothing waits: answered (all), refused (any refused or partial), closed.
/// </summary>
internal static class RequestProgress
{
    public static string Of(RequestStatus status, IEnumerable<(string Category, DateTime? DueAt)> questions, DateTime now)
    {
        if (status != RequestStatus.Sent)
        {
            return status.ToString().ToLowerInvariant();
        }

        var list = questions.ToList();
        if (list.Any(q => q.Category == "escalated"))
        {
            return "escalated";
        }

        if (list.Any(q => q.Category == "open" && q.DueAt <= now))
        {
            return "overdue";
        }

        if (list.Any(q => q.Category is "open" or "paused"))
        {
            return "awaiting";
        }

        if (list.Count > 0 && list.All(q => q.Category == "answered"))
        {
            return "answered";
        }

        return list.Any(q => q.Category == "refused") ? "refused" : "closed";
    }
}
