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

    /// <summary>The same questions as a Russian letter asks them (the advocate edits them like the English ones).</summary>
    public static readonly IReadOnlyList<(QuestionCategory Category, string Text)> Russian =
    [
        (QuestionCategory.Timeline, "Когда, кем и каким образом была направлена просьба о помощи и когда было принято решение по ней?"),
        (QuestionCategory.RequestText, "Официальный текст просьбы о помощи в том виде, в каком она была направлена."),
        (QuestionCategory.VoteRecords, "Сведения о том, как голосовало каждое государство-член при принятии решения, с указанием даты голосования."),
        (QuestionCategory.Article51Report, "Сообщение в Совет Безопасности ООН в соответствии со статьёй 51 Устава ООН: направлялось ли оно, когда и каков его текст."),
        (QuestionCategory.LegalJustification, "Опубликованное правовое обоснование операции, а если оно не опубликовано, — когда оно будет опубликовано."),
        (QuestionCategory.Other, string.Empty),
    ];

    /// <summary>The ready-made questions in the letter's language (English for any language not written here).</summary>
    public static IReadOnlyList<(QuestionCategory Category, string Text)> In(string? language) => language == "ru" ? Russian : All;

    public static string Text(QuestionCategory category, string? language = null) => In(language).First(k => k.Category == category).Text;
}
