namespace RequestTracker.Definitions;

/// <summary>A request's progress: its status until sent, then summed up from its questions worst first (<see cref="Requests.RequestProgress"/>).</summary>
internal static class Progress
{
    public const string Draft = "draft";
    public const string Withdrawn = Triggers.Withdrawn;

    public const string Escalated = Categories.Escalated;
    public const string Overdue = Timeliness.Overdue;
    public const string Awaiting = "awaiting";
    public const string Answered = Categories.Answered;
    public const string Refused = Categories.Refused;
    public const string Partial = Categories.Partial;
    public const string Closed = Categories.Closed;
}

/// <summary>Where a question stands against its deadline (<see cref="Runtime.Standing"/> decides which).</summary>
internal static class Timeliness
{
    public const string NotStarted = "notStarted";
    public const string OnTime = "onTime";
    public const string DueSoon = "dueSoon";
    public const string Overdue = "overdue";
    public const string Closed = Categories.Closed;
}
