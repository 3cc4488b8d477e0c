using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;

namespace RequestTracker.Runtime;

/// <summary>A person or body an email can go to.</summary>
internal sealed record Addressee(string Name, string Email);

/// <summary>One of the authority's escalation contacts, in its order of preference.</summary>
internal sealed record EscalationAddress(EscalationContactKind Kind, int Position, string Name, string Email);

/// <summary>
/// Who a question's workflow concerns and writes to: its request, the authority and its escalation
/// contacts, and the advocate. Read from the features' tables through <see cref="IWorkflowSubjects"/>, so the
/// runtime depends on no feature's types.
/// </summary>
internal sealed record WorkflowSubject(int RequestId, Addressee Authority, string AuthorityZone, IReadOnlyList<EscalationAddress> Contacts, Addressee Owner)
{
    public int AuthorityId { get; init; }

    /// <summary>The request's owner (the advocate); a request never changes hands.</summary>
    public string OwnerId { get; init; } = string.Empty;

    /// <summary>The law the authority answers under (the catalog's id): a request's workflows start under it.</summary>
    public string LawId { get; init; } = string.Empty;

    /// <summary>The language the request is written in: every letter about it is written in it.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The language the advocate reads: notes to them are written in it.</summary>
    public string OwnerLanguage { get; init; } = "en";

    /// <summary>The advocate chose to let complaints and appeals go out without review.</summary>
    public bool AutoSend { get; init; }

    /// <summary>
    /// A request the advocate sent themselves and recorded afterwards: the moment it was recorded. A ladder letter whose
    /// day came before then is drafted for review, never sent by itself: the authority may have answered meanwhile.
    /// </summary>
    public DateTime? RecordedAt { get; init; }
}

/// <summary>Everything one transition reads and writes; the instance and timers are tracked in one DbContext.</summary>
internal sealed record WorkflowContext(
    WorkflowInstance Instance,
    WorkflowSubject Subject,
    LifecycleDefinition Lifecycle,
    LawDefinition Law,
    WorkCalendar Calendar,
    List<WorkflowTimer> Timers)
{
    public int QuestionId => Instance.QuestionId;

    public int RequestId => Instance.RequestId;
}

/// <summary>What a user adds to an action: a note, the document reference, the exemption cited, the extension taken.</summary>
internal sealed record ActionInput(string? Note, string? DocumentReference, string? Exemption, int? Extension)
{
    public static readonly ActionInput None = new(null, null, null, null);

    /// <summary>The date the authority's letter bears, as it states it (see <see cref="LetterDates"/>).</summary>
    public DateOnly? LetterDate { get; init; }

    /// <summary>The day the authority's letter arrived, where the authority is: what the law counts from.</summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>Whether the evidence field named by <paramref name="field"/> (see <see cref="Evidence"/>) was given.</summary>
    public bool Has(string field) => field switch
    {
        Evidence.Note => !string.IsNullOrWhiteSpace(Note),
        Evidence.DocumentReference => !string.IsNullOrWhiteSpace(DocumentReference),
        Evidence.Exemption => !string.IsNullOrWhiteSpace(Exemption),
        Evidence.Extension => Extension is not null,
        _ => false,
    };
}

/// <summary>
/// Why a transition was refused: 409 (not permitted in this state) or 422 (permitted, but the law or the
/// lifecycle forbids it as given — <see cref="Field"/> names the missing or wrong input).
/// </summary>
internal sealed record TransitionRefusal(bool Unprocessable, string Detail, IReadOnlyList<Trigger> Permitted, string? Field = null);

/// <summary>An email a transition decided; the engine queues it in the same transaction. One dedup key, one email.</summary>
internal sealed record EmailDecision(string Template, string? StepId, Recipient To, string DedupKey);

/// <summary>What a trigger's effect decided: a refusal, or a note and rule for the journal and the emails to queue.</summary>
internal sealed record EffectResult(TransitionRefusal? Refusal, string Note, string Rule, IReadOnlyList<EmailDecision> Emails)
{
    public static EffectResult Done(string note, string rule, params EmailDecision[] emails) => new(null, note, rule, emails);

    public static EffectResult Refuse(string detail, string? field = null) => new(new TransitionRefusal(true, detail, [], field), string.Empty, string.Empty, []);
}
