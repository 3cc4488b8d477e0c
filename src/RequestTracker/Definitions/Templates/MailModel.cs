namespace RequestTracker.Definitions.Templates;

// The variables every template may use, documented in workflows/templates/README.md. Names reach Liquid
// in snake_case (LegalBasis → legal_basis). Dates are already formatted in the authority's time zone.

/// <summary>The root of a template's variables.</summary>
internal sealed record MailModel(
    RequestModel Request,
    PartyModel Authority,
    PartyModel Advocate,
    PartyModel Recipient,
    LawModel Law,
    IReadOnlyList<QuestionModel> Questions,
    QuestionModel Question,
    string Deadline,
    StepModel Step,
    RightsModel Rights,
    DigestModel Digest);

internal sealed record RequestModel(string Reference, string Title, string Body, string LegalBasis, string SentOn, string ReplyAddress);

internal sealed record PartyModel(string Name, string Email);

/// <summary><see cref="Within"/> is the phrase after "reply": "within 20 working days" or "immediately".</summary>
/// <summary><see cref="Immediate"/>: the law sets no day count ("immediately"): a letter states no last day, which would say more than the law.</summary>
internal sealed record LawModel(string Name, string Response, string Within, bool Immediate = false);

/// <summary>One question; <see cref="Outcome"/> is e.g. "refused" or "partially answered" (empty while open).</summary>
internal sealed record QuestionModel(int Position, string Text, string Kind, string Due, string State, string LegalBasis, string Outcome);

internal sealed record StepModel(string Id, string Name, string ReplyBy);

internal sealed record RightsModel(string Name, string LastDay);

internal sealed record DigestModel(string Date, int Overdue, int Escalated, int DueThisWeek, int FailedEmails, int UnmatchedReplies, IReadOnlyList<DigestItem> Items)
{
    /// <summary>Calendars whose confirmed years end within twelve months (their later deadlines are provisional).</summary>
    public IReadOnlyList<string> Calendars { get; init; } = [];
}

internal sealed record DigestItem(string Reference, string Title, string Authority, string State, string Due);

internal static class SampleModel
{
    /// <summary>Every variable set, every list non-empty: start-up validation renders each template with it.</summary>
    public static MailModel Create()
    {
        var question = new QuestionModel(1, "The official text of the request", "Request text", "7 March 2022", "Awaiting response", "20 working days", "refused");
        return new MailModel(
            new RequestModel("RT-1", "Request for assistance", "Body", "Access to documents", "1 March 2022", "requests+r1.token@example.org"),
            new PartyModel("Authority", "foi@example.org"),
            new PartyModel("Advocate", "advocate@example.org"),
            new PartyModel("Recipient", "recipient@example.org"),
            new LawModel("Freedom of Information Act 2000", "20 working days", "within 20 working days"),
            [question],
            question,
            "7 March 2022",
            new StepModel("reminder", "Reminder", "14 March 2022"),
            new RightsModel("Internal review", "21 March 2022"),
            new DigestModel("27 November 2026", 1, 1, 1, 1, 1, [new DigestItem("RT-1", "Request", "Authority", "Overdue", "7 March 2022")])
            {
                Calendars = ["calendar ru is confirmed through 2026 only"],
            });
    }
}
