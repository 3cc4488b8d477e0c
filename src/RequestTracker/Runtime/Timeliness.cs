namespace RequestTracker.Runtime;

/// <summary>On time, due soon or overdue, for a question still waiting on the authority.</summary>
internal static class Timeliness
{
    /// <summary>Due within this long counts as "due soon" on lists and dashboards.</summary>
    public static readonly TimeSpan DueSoon = TimeSpan.FromDays(5);

    public static string Of(string? category, DateTime? dueAt, DateTime now) => category switch
    {
        null => "notStarted",
        "escalated" => "overdue",
        "open" when dueAt is { } due && due <= now => "overdue",
        "open" when dueAt is { } due && due - now <= DueSoon => "dueSoon",
        "open" or "paused" => "onTime",
        _ => "closed",
    };
}
