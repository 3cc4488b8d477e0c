using RequestTracker.Requests;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>Ready-made questions of the kinds the case needs; the advocate edits the text before sending.</summary>
internal static class QuestionKinds
{
    public static readonly IReadOnlyList<(QuestionCategory Category, string Text)> All =
    [
        (QuestionCategory.Timeline, "When, by whom and through which channel was the request for assistance made, and when was the decision to act on it taken?"),
        (QuestionCategory.RequestText, "The official text of the request for assistance, as it was sent."),
        (QuestionCategory.VoteRecords, "The record of how each member state voted on the decision, with the date of the vote."),
        (QuestionCategory.Article51Report, "The report to the Security Council under Article 51 of the UN Charter: whether it was made, when, and its text."),
        (QuestionCategory.LegalJustification, "The published legal justification for the operation, or, if none is published, when it will be."),
        (QuestionCategory.Other, string.Empty),
    ];

    public static string Text(QuestionCategory category) => All.First(k => k.Category == category).Text;
}
