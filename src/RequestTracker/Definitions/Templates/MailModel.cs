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
    DigestModel Digest)
{
    /// <summary>The person making the request, as the law requires a request to name them (8-FZ art. 18, FOIA s.8).</summary>
    public RequesterModel Requester { get; init; } = RequesterModel.Empty;

    /// <summary>The advocate's own words of a letter they write (a follow-up, an answer to a clarification request).</summary>
    public LetterModel Letter { get; init; } = LetterModel.Empty;

    /// <summary>The day the letter is written, in its language: a formal letter is dated.</summary>
    public string Today { get; init; } = string.Empty;

    /// <summary>Where a request passed on by its first body came from (the letter that tells the second one); empty otherwise.</summary>
    public TransferModel Transfer { get; init; } = TransferModel.Empty;

    /// <summary>The letters already sent up the ladder (a complaint to the higher body…), oldest first: a court claim must say whether one was made.</summary>
    public IReadOnlyList<SentLetterModel> Sent { get; init; } = [];
}

/// <summary>
/// A request its first body passed on: that body (<see cref="From"/>, and <see cref="SentTo"/> as a Russian letter continues
/// "направленный …": its addressee line with a small first letter, empty where it has none), the first request's reference and
/// the day it was sent, the day it was passed on, and whether the time runs on from the first receipt (<see cref="ReceivedOn"/>).
/// </summary>
internal sealed record TransferModel(string From, string SentTo, string Reference, string SentOn, string On, bool Continues, string ReceivedOn)
{
    public static TransferModel Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, false, string.Empty);
}

/// <summary>A ladder letter sent: its step's id and name, and the day it went.</summary>
internal sealed record SentLetterModel(string StepId, string Name, string On);

internal sealed record RequestModel(string Reference, string Title, string Body, string LegalBasis, string SentOn, string ReplyAddress)
{
    /// <summary>How the request went: <c>email</c> (by RequestTracker or from the advocate's own mailbox), <c>post</c> or <c>hand</c>.</summary>
    public string SentBy { get; init; } = "email";

    /// <summary>The day the authority received it, in the letter's language (an email: the day it was sent).</summary>
    public string ReceivedOn { get; init; } = string.Empty;
}

/// <summary><see cref="Addressee"/>: how the letter's first line names the party in its language ("В Министерство иностранных дел Российской Федерации"), else its name.</summary>
internal sealed record PartyModel(string Name, string Email)
{
    public string Addressee { get; init; } = Name;

    /// <summary>Where it is (a court claim must name the defendant's address); empty when not on record.</summary>
    public string Address { get; init; } = string.Empty;
}

/// <summary>The requester's details a letter carries; empty where the advocate has not given them.</summary>
internal sealed record RequesterModel(string Name, string PostalAddress, string Email, string Phone)
{
    public static RequesterModel Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty);
}

/// <summary>
/// A letter the advocate writes: <see cref="Kind"/> (follow-up, clarification, internal review), their text, and the
/// authority's message it answers (its subject and the day it was received), empty when it answers none.
/// </summary>
internal sealed record LetterModel(string Kind, string Text, string InReplyToSubject, string InReplyToDate)
{
    public static LetterModel Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty);
}

/// <summary>
/// The law as the letter's language cites it. <see cref="Within"/> is the phrase after "reply" ("within 20 working
/// days", "в течение 30 дней", or "immediately"); <see cref="Immediate"/>: the law sets no day count, so a letter states
/// no last day. <see cref="Binding"/> false: no law obliges the recipient to answer — the letter asks, and its
/// period (<see cref="Response"/>) is the advocate's own courtesy. <see cref="Right"/>, <see cref="Time"/> and
/// <see cref="Appeal"/> are the provisions that give the right, set the time and open a complaint.
/// </summary>
internal sealed record LawModel(string Name, string Response, string Within, bool Immediate = false)
{
    public bool Binding { get; init; } = true;

    /// <summary>The response period is a target ("should"), not a time limit: a letter states it as such and never calls its passing a breach.</summary>
    public bool Soft { get; init; }

    public string Genitive { get; init; } = Name;

    public string Right { get; init; } = string.Empty;

    public string Time { get; init; } = string.Empty;

    public string Appeal { get; init; } = string.Empty;
}

/// <summary>One question; <see cref="Outcome"/> is e.g. "refused" or "partially answered" (empty while open).</summary>
internal sealed record QuestionModel(int Position, string Text, string Kind, string Due, string State, string LegalBasis, string Outcome);

internal sealed record StepModel(string Id, string Name, string ReplyBy);

internal sealed record RightsModel(string Name, string LastDay)
{
    /// <summary>The law sets the last day (a late appeal may be refused); false for a practice date the law does not set.</summary>
    public bool Lapses { get; init; } = true;
}

internal sealed record DigestModel(string Date, int Overdue, int Escalated, int DueThisWeek, int FailedEmails, int UnmatchedReplies, IReadOnlyList<DigestItem> Items)
{
    /// <summary>Calendars whose confirmed years end within twelve months (their later deadlines are provisional).</summary>
    public IReadOnlyList<string> Calendars { get; init; } = [];
}

/// <summary>
/// One line of the digest: the questions of one request in the same state with the same last day (their positions,
/// "1, 3", and how many), so a request of five silent questions is one line, not five identical ones.
/// </summary>
internal sealed record DigestItem(string Reference, string Title, string Authority, string State, string Due)
{
    public string Questions { get; init; } = string.Empty;

    public int Count { get; init; } = 1;
}

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
            new DigestModel("27 November 2026", 1, 1, 1, 1, 1, [new DigestItem("RT-1", "Request", "Authority", "Overdue", "7 March 2022") { Questions = "1, 2", Count = 2 }])
            {
                Calendars = ["calendar ru is confirmed through 2026 only"],
            })
        {
            Requester = new RequesterModel("Advocate", "1 Main Street, London", "advocate@example.org", "+44 20 0000 0000"),
            Letter = new LetterModel("follow-up", "Text", "Your reply", "2 March 2022"),
            Today = "9 March 2022",
            Sent = [new SentLetterModel("higher-body", "Complaint to the higher body", "8 March 2022")],
            Transfer = new TransferModel("First authority", "в Первое министерство", "RT-1", "1 March 2022", "4 March 2022", true, "1 March 2022"),
        };
    }
}
