using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Authorities;

/// <summary>
/// The authorities directory. It is a short reference list (tens to a few hundred rows), read by every
/// request form, so it is returned whole and ordered by name rather than paged.
/// </summary>
internal sealed class ReadAuthorities(AppDbContext db)
{
    public Task<IReadOnlyList<AuthorityResponse>> List(CancellationToken ct) => List(null, ct);

    /// <summary>The authorities by name; with <paramref name="lawId"/>, only those answering under that law (a transfer's choices).</summary>
    public async Task<IReadOnlyList<AuthorityResponse>> List(string? lawId, CancellationToken ct)
    {
        var query = db.Authorities.AsNoTracking();
        if (lawId is not null)
        {
            query = query.Where(a => a.LawId == lawId);
        }

        var authorities = await query.Include(a => a.EscalationContacts).OrderBy(a => a.Name).ToListAsync(ct);
        return authorities.Select(AuthorityResponse.From).ToList();
    }

    public async Task<Outcome<AuthorityResponse>> Get(int id, CancellationToken ct)
    {
        var authority = await db.Authorities.AsNoTracking().Include(a => a.EscalationContacts).FirstOrDefaultAsync(a => a.Id == id, ct);
        return authority is null ? Outcome<AuthorityResponse>.NotFound() : Outcome<AuthorityResponse>.Ok(AuthorityResponse.From(authority));
    }
}
