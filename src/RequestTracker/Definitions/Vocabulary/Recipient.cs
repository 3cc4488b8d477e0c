namespace RequestTracker.Definitions;

/// <summary>
/// Whom a ladder step or a letter is for: the authority itself, the advocate, or the authority's escalation contact of
/// a kind. Law files and the database write it as its word — "authority", "advocate", "escalation:higherBody" — read
/// and written here only (<see cref="Parse"/>, <see cref="Word"/>).
/// </summary>
internal readonly record struct Recipient
{
    public const string AuthorityWord = "authority";
    public const string AdvocateWord = "advocate";

    /// <summary>"escalation:higherBody": the authority's escalation contact of that kind.</summary>
    public const string EscalationPrefix = "escalation:";

    private Recipient(string word, Laws.EscalationContactKind? contact) => (Word, Contact) = (word, contact);

    public static Recipient Authority { get; } = new(AuthorityWord, null);

    public static Recipient Advocate { get; } = new(AdvocateWord, null);

    /// <summary>Every escalation contact a step can be for, in the order of the kinds.</summary>
    public static IReadOnlyList<Recipient> Escalations { get; } =
        Enum.GetValues<Laws.EscalationContactKind>().Select(k => new Recipient(EscalationPrefix + char.ToLowerInvariant(k.ToString()[0]) + k.ToString()[1..], k)).ToList();

    public string Word { get; }

    /// <summary>The kind of escalation contact; null for the authority and the advocate.</summary>
    public Laws.EscalationContactKind? Contact { get; }

    /// <summary>The body in the journal's and the notes' words: "authority", or the contact's kind ("higher body", "court" …).</summary>
    public string Noun => Contact switch
    {
        Laws.EscalationContactKind.HigherBody => "higher body",
        Laws.EscalationContactKind.OversightBody => "oversight body",
        Laws.EscalationContactKind.Ombudsman => "ombudsman",
        Laws.EscalationContactKind.Court => "court",
        Laws.EscalationContactKind.Other => "other",
        _ => AuthorityWord,
    };

    /// <summary>The recipient a word names; null for a word that names none.</summary>
    public static Recipient? Parse(string? word) => word switch
    {
        AuthorityWord => Authority,
        AdvocateWord => Advocate,
        _ => Escalations.Cast<Recipient?>().FirstOrDefault(r => r!.Value.Word == word),
    };

    /// <summary>A stored word (a letter's recipient), written by <see cref="Word"/>: any other is a damaged row.</summary>
    public static Recipient Stored(string word) => Parse(word) ?? throw new InvalidOperationException($"'{word}' is not a recipient.");

    public override string ToString() => Word;
}
