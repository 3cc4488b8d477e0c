namespace RequestTracker.Authorities;

internal sealed record AuthorityFields(
    string Name,
    string Jurisdiction,
    string ContactEmail,
    string TimeZone,
    string LawId,
    IReadOnlyList<EscalationContact> EscalationContacts)
{
    /// <summary>The language letters to it are written in (one its law accepts); English where none is given.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Its name as letters in <see cref="Language"/> write it; empty: <see cref="Name"/>.</summary>
    public string LetterName { get; init; } = string.Empty;

    /// <summary>The letter's first line ("В Министерство иностранных дел Российской Федерации"); empty: the letter name.</summary>
    public string Addressee { get; init; } = string.Empty;

    /// <summary>Where it is, for a document that must name it (a court claim).</summary>
    public string PostalAddress { get; init; } = string.Empty;
}

/// <summary>A body requests are sent to: where to write, which law and time zone its deadlines follow.</summary>
internal sealed class Authority
{
    public const int MaxEscalationContacts = 10;

    private Authority()
    {
    }

    public Authority(AuthorityFields fields, DateTime now)
    {
        CreatedAt = now;
        Apply(fields, now);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Jurisdiction { get; private set; } = string.Empty;

    public string ContactEmail { get; private set; } = string.Empty;

    public string TimeZone { get; private set; } = string.Empty;

    public string LawId { get; private set; } = string.Empty;

    public List<EscalationContact> EscalationContacts { get; private set; } = [];

    /// <summary>The language letters to it are written in: its correspondence language, one its law accepts.</summary>
    public string Language { get; private set; } = "en";

    public string LetterName { get; private set; } = string.Empty;

    public string Addressee { get; private set; } = string.Empty;

    public string PostalAddress { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Optimistic-concurrency token, bumped by every change (same behaviour on every provider).</summary>
    public int Version { get; private set; }

    public void Update(AuthorityFields fields, DateTime now) => Apply(fields, now);

    private void Apply(AuthorityFields fields, DateTime now)
    {
        Name = fields.Name;
        Jurisdiction = fields.Jurisdiction;
        ContactEmail = fields.ContactEmail;
        TimeZone = fields.TimeZone;
        LawId = fields.LawId;
        Language = fields.Language;
        LetterName = fields.LetterName;
        Addressee = fields.Addressee;
        PostalAddress = fields.PostalAddress;
        EscalationContacts.Clear();
        EscalationContacts.AddRange(fields.EscalationContacts);
        UpdatedAt = now;
        Version++;
    }
}
