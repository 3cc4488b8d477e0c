using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Laws;
using RequestTracker.Handling;

namespace RequestTracker.Requests;

/// <summary>
/// What must hold for a request to go out as a request its authority is bound to accept: its text in a language the
/// authority's law accepts (the authority's law may have changed since it was written), and the requester's details
/// that law requires (8-FZ: a name and a postal address for the reply) on the advocate's profile.
/// </summary>
internal sealed class SendCheck(AppDbContext db, WorkflowCatalog catalog)
{
    public async Task<ValidationErrors> Check(IReadOnlyList<Request> requests, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var authorityIds = requests.Select(r => r.AuthorityId).Distinct().ToList();
        var ownerIds = requests.Select(r => r.OwnerId).Distinct().ToList();
        var authorities = await db.Authorities.AsNoTracking().Where(a => authorityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => new { a.Name, a.LawId }, ct);
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new { u.DisplayName, u.PostalAddress, u.Phone }, ct);
        var languages = catalog.LetterLanguages();
        foreach (var request in requests)
        {
            var authority = authorities[request.AuthorityId];
            var law = catalog.Laws[authority.LawId];
            var prefix = requests.Count == 1 ? string.Empty : $"RT-{request.Id} to {authority.Name}: ";
            if (!(languages.GetValueOrDefault(law.Id) ?? []).Contains(request.Language))
            {
                errors.Add("language", $"{prefix}{law.Name} does not take a request in {LetterScript.Name(request.Language)}; edit the draft and write it in {string.Join(" or ", (languages.GetValueOrDefault(law.Id) ?? []).Select(LetterScript.Name))}.");
            }

            var owner = owners[request.OwnerId];
            foreach (var missing in law.Requester.Where(d => Blank(d, owner.DisplayName, owner.PostalAddress, owner.Phone)).Order())
            {
                var (field, what) = missing switch
                {
                    RequesterDetail.Name => ("requester.name", "your full name"),
                    RequesterDetail.PostalAddress => ("requester.postalAddress", "a postal address for the reply"),
                    _ => ("requester.phone", "a telephone number"),
                };
                errors.Add(field, $"{prefix}A request under {law.Name} must give {what}{law.Cite("requester")}: add it on your profile page (/account/profile), then send.");
            }
        }

        return errors;
    }

    private static bool Blank(RequesterDetail detail, string name, string address, string phone) => string.IsNullOrWhiteSpace(detail switch
    {
        RequesterDetail.Name => name,
        RequesterDetail.PostalAddress => address,
        _ => phone,
    });
}
