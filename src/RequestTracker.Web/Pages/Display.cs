using Microsoft.AspNetCore.Html;
using NodaTime.Text;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Web.Pages;

/// <summary>Words for the codes the handlers return: status is always shown as text, never by colour alone.</summary>
internal static class Display
{
    /// <summary>
    /// A deadline as the law states it — its last day, in the zone its days are counted in:
    /// "by the end of Mon 7 Feb 2022 (Europe/London)". Never the instant that ends it.
    /// </summary>
    public static IHtmlContent Deadline(string? isoDate, string? zone, bool provisional = false)
    {
        if (isoDate is null || LocalDatePattern.Iso.Parse(isoDate) is not { Success: true } parsed)
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml($"<time datetime=\"{isoDate}\">");
        html.Append(zone is null ? LegalDay.Brief(parsed.Value) : $"{LegalDay.Brief(parsed.Value)} ({zone})"); // no zone: the caller states it once nearby
        html.AppendHtml("</time>");
        if (provisional)
        {
            html.AppendHtml(" <span class=\"badge provisional\" title=\"The calendar is not confirmed for this year: the date may change.\">provisional</span>");
        }

        return html;
    }

    /// <summary>An escalation contact's kind in words ("Higher body", not "HigherBody").</summary>
    public static string ContactKind(RequestTracker.Definitions.Laws.EscalationContactKind kind) => kind switch
    {
        RequestTracker.Definitions.Laws.EscalationContactKind.HigherBody => "Higher body",
        RequestTracker.Definitions.Laws.EscalationContactKind.OversightBody => "Oversight body",
        RequestTracker.Definitions.Laws.EscalationContactKind.Ombudsman => "Ombudsman",
        RequestTracker.Definitions.Laws.EscalationContactKind.Court => "Court",
        _ => "Other",
    };

    public static string LetterStatus(string status) => status switch
    {
        "Draft" => "Waiting for you to review and send",
        "NeedsContact" => "Waiting for a contact address",
        "Sent" => "Sent",
        "Filed" => "Filed",
        "Discarded" => "Dropped, not sent",
        _ => status,
    };

    public static string LetterPurpose(RequestTracker.Letters.LetterView letter) => letter.Purpose switch
    {
        "FollowUp" => "A follow-up in your words",
        "ClarificationAnswer" => "Your answer to the authority's request for clarification",
        _ => letter.StepName is { } step ? $"Escalation step: {step}{(letter.Kind == "Filing" ? " (a document you file)" : string.Empty)}" : "Escalation step",
    };

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

    /// <summary>A category as the dashboard names it (the filter offers the words people see in the lists).</summary>
    public static string Category(string category) => category switch
    {
        "open" => "Awaiting response",
        "paused" => "Clock stopped",
        "escalated" => "Escalated",
        "answered" => "Answered",
        "partial" => "Partially answered",
        "refused" => "Refused",
        "closed" => "Closed",
        _ => category,
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

    /// <summary>
    /// An authority's letter's dates of record as a page states them: "Letter of 27 Nov 2026, received 28 Nov 2026", or
    /// the part that is known; null with neither.
    /// </summary>
    public static string? LetterDates(DateOnly? letter, DateOnly? received)
    {
        static string Day(DateOnly day) => day.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return (letter, received) switch
        {
            ({ } l, { } r) => $"Letter of {Day(l)}, received {Day(r)}",
            ({ } l, null) => $"Letter of {Day(l)}",
            (null, { } r) => $"Received {Day(r)}",
            _ => null,
        };
    }

    /// <summary>What an action's form fields show for (see site.css): its required evidence, and "letter" for an authority's letter, which has dates.</summary>
    public static string Needs(string action, IReadOnlyList<string>? requires) =>
        string.Join(' ', (requires ?? []).Concat(RequestTracker.Runtime.LetterDates.Triggers.Contains(action) ? ["letter"] : []));

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
