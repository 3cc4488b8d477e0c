using RequestTracker.Requests;

namespace RequestTracker.Web.Pages;

/// <summary>Words for the codes the handlers return: status is always shown as text, never by colour alone.</summary>
internal static class Display
{
    public static string Progress(string progress) => progress switch
    {
        "escalated" => "Escalated",
        "overdue" => "Overdue",
        "awaiting" => "Awaiting response",
        "answered" => "Answered",
        "refused" => "Refused",
        "partial" => "Partially answered",
        "closed" => "Closed",
        "draft" => "Draft",
        "withdrawn" => "Withdrawn",
        _ => progress,
    };

    public static string Timeliness(string timeliness) => timeliness switch
    {
        "overdue" => "overdue",
        "dueSoon" => "due soon",
        "onTime" => "on time",
        _ => timeliness,
    };

    public static string StepStatus(string status) => status switch
    {
        "done" => "taken",
        "next" => "next",
        "planned" => "planned",
        "waiting" => "waits for the clock",
        "onHold" => "if you escalate",
        "notNeeded" => "not needed",
        _ => status,
    };

    public static string Trigger(string trigger) => trigger.Replace('-', ' ') switch
    {
        "answered" => "Answered (document reference)",
        "refused" => "Refused (exemption cited)",
        "partially-answered" => "Partially answered (document reference and exemption)",
        "reopened" => "Reopen (correct a mis-recorded outcome)",
        var other => char.ToUpperInvariant(other[0]) + other[1..],
    };

    public static string Category(QuestionCategory category) => category switch
    {
        QuestionCategory.Timeline => "Timeline and initiative",
        QuestionCategory.RequestText => "Precise text of the request",
        QuestionCategory.VoteRecords => "Vote records per member",
        QuestionCategory.Article51Report => "Article 51 report to the Security Council",
        QuestionCategory.LegalJustification => "Published legal justification",
        _ => "Other",
    };
}
