using RequestTracker.Definitions.Laws;
namespace RequestTracker.Authorities;

internal sealed record EscalationContactResponse(EscalationContactKind Kind, string Name, string Email);

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
    public static AuthorityResponse From(Authority a) =>
        new(
            a.Id,
            a.Name,
            a.Jurisdiction,
            a.ContactEmail,
            a.TimeZone,
            a.LawId,
            a.EscalationContacts.OrderBy(c => c.Position).Select(c => new EscalationContactResponse(c.Kind, c.Name, c.Email)).ToList(),
            a.CreatedAt,
            a.UpdatedAt);
}
