using RequestTracker.Definitions.Laws;
namespace RequestTracker.Authorities;

internal sealed record EscalationContactResponse(EscalationContactKind Kind, string Name, string Email, string Addressee);

internal sealed record AuthorityResponse(
    int Id,
    string Name,
    string Jurisdiction,
    string ContactEmail,
    string TimeZone,
    string LawId,
    IReadOnlyList<EscalationContactResponse> EscalationContacts,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>The language letters to it are written in, and how they name and address it.</summary>
    public string Language { get; init; } = "en";

    public string LetterName { get; init; } = string.Empty;

    public string Addressee { get; init; } = string.Empty;

    public string PostalAddress { get; init; } = string.Empty;

    public static AuthorityResponse From(Authority a) =>
        new(
            a.Id,
            a.Name,
            a.Jurisdiction,
            a.ContactEmail,
            a.TimeZone,
            a.LawId,
            a.EscalationContacts.OrderBy(c => c.Position).Select(c => new EscalationContactResponse(c.Kind, c.Name, c.Email, c.Addressee)).ToList(),
            a.CreatedAt,
            a.UpdatedAt)
        {
            Language = a.Language,
            LetterName = a.LetterName,
            Addressee = a.Addressee,
            PostalAddress = a.PostalAddress,
        };
}
