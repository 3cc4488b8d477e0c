namespace RequestTracker.Authorities;

internal sealed record AuthorityFields(
    string Name,
    string Jurisdiction,
    string ContactEmail,
    string TimeZone,
    string LawId,
    IReadOnlyList<EscalationContact> EscalationContacts);

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
        EscalationContacts.Clear();
        EscalationContacts.AddRange(fields.EscalationContacts);
        UpdatedAt = now;
        Version++;
    }
}
