using RequestTracker.Definitions;
using RequestTracker.Definitions.Laws;

namespace RequestTracker.Runtime;

internal enum LetterStatus
{
    /// <summary>Written and waiting for the advocate to read, change if they like, and send (or file).</summary>
    Draft,

    /// <summary>Its recipient has no address on record: it waits until the authority's contact is added.</summary>
    NeedsContact,

    /// <summary>Handed to the outbox (its email row's dedup key is <see cref="Letter.SentKey"/>).</summary>
    Sent,

    /// <summary>A filing the advocate says they have filed (with the court, on <see cref="Letter.FiledOn"/>).</summary>
    Filed,

    /// <summary>The advocate decided not to send it.</summary>
    Discarded,
}

/// <summary>Why a letter exists: a ladder step drafted it, or the advocate writes to the authority in their own words.</summary>
internal enum LetterPurpose
{
    Step,
    FollowUp,
    ClarificationAnswer,
}

/// <summary>
/// A letter that waits for a person before anything leaves: a complaint, appeal or filing a ladder step drafted for
/// review, one whose recipient has no address yet, or one the advocate writes. It keeps the text as first drafted and
/// the text as sent, so the record shows what the advocate changed. Status changes only through its methods.
/// </summary>
internal sealed class Letter
{
    private Letter()
    {
    }

    public Letter(int requestId, int? questionId, LetterPurpose purpose, StepKind kind, string template, string language, Recipient to, string dedupKey, string createdBy, DateTime now)
    {
        (RequestId, QuestionId, Purpose, Kind, Template, Language, To, DedupKey, CreatedBy, CreatedAt) =
            (requestId, questionId, purpose, kind, template, language, to, dedupKey, createdBy, now);
        Status = LetterStatus.Draft;
    }

    public long Id { get; private set; }

    public int RequestId { get; private set; }

    /// <summary>The question whose ladder step drafted it (a letter lists every question still open).</summary>
    public int? QuestionId { get; private set; }

    public LetterPurpose Purpose { get; private set; }

    public StepKind Kind { get; private set; }

    public string? StepId { get; set; }

    public string Template { get; private set; } = string.Empty;

    public string Language { get; private set; } = "en";

    /// <summary>"authority" or "escalation:KIND", resolved to an address when it is sent.</summary>
    public Recipient To { get; private set; }

    public string DedupKey { get; private set; } = string.Empty;

    public LetterStatus Status { get; private set; }

    /// <summary>The authority's message it answers (threaded under it), if any.</summary>
    public long? InReplyToId { get; set; }

    /// <summary>What the template wrote, kept as it was the first time anyone saw it.</summary>
    public string? DraftSubject { get; private set; }

    public string? DraftText { get; private set; }

    /// <summary>The text as it stands (the advocate's changes), and as sent once sent.</summary>
    public string? Subject { get; private set; }

    public string? Text { get; private set; }

    public string? RecipientName { get; private set; }

    public string? RecipientAddress { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateOnly? FiledOn { get; private set; }

    /// <summary>Optimistic-concurrency token: two clicks on Send cannot both send.</summary>
    public int Version { get; private set; }

    public bool Open => Status is LetterStatus.Draft or LetterStatus.NeedsContact;

    public void WaitForContact()
    {
        Require(Open, "wait for a contact");
        Status = LetterStatus.NeedsContact;
        Version++;
    }

    /// <summary>The template's text, kept once: later edits change <see cref="Text"/>, never the draft.</summary>
    public void Drafted(string subject, string text)
    {
        if (DraftText is not null)
        {
            return;
        }

        (DraftSubject, DraftText) = (subject, text);
        (Subject, Text) = (Subject ?? subject, Text ?? text);
        Version++;
    }

    public void Edit(string subject, string text)
    {
        Require(Open, "be changed");
        (Subject, Text) = (subject, text);
        Version++;
    }

    /// <summary>The dedup key of the email that carries a sent letter: one letter, one email, however often Send is pressed.</summary>
    public static string SentKey(long id) => $"letter:{id}:sent";

    public void MarkSent(string recipientName, string recipientAddress, string by, DateTime now)
    {
        Require(Open && Kind == StepKind.Letter && Text is not null, "be sent");
        (Status, RecipientName, RecipientAddress, DecidedBy, DecidedAt) = (LetterStatus.Sent, recipientName, recipientAddress, by, now);
        Version++;
    }

    public void MarkFiled(DateOnly on, string by, DateTime now)
    {
        Require(Open && Kind == StepKind.Filing, "be marked filed");
        (Status, FiledOn, DecidedBy, DecidedAt) = (LetterStatus.Filed, on, by, now);
        Version++;
    }

    public void Discard(string by, DateTime now)
    {
        Require(Open, "be discarded");
        (Status, DecidedBy, DecidedAt) = (LetterStatus.Discarded, by, now);
        Version++;
    }

    private void Require(bool allowed, string what)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"Letter {Id} is {Status.ToString().ToLowerInvariant()}; it cannot {what}.");
        }
    }
}
