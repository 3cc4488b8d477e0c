using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;

namespace RequestTracker.Authorities;

/// <summary>Creates or updates an authority. Names are unique: a duplicate is a conflict, not a second row.</summary>
internal sealed class SaveAuthority(AppDbContext db, TimeProvider clock, WorkflowCatalog catalog)
{
    public async Task<Outcome<AuthorityResponse>> Create(AuthorityInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var fields = input.Validate(errors, catalog.LetterLanguages());
        if (fields is null)
        {
            return Outcome<AuthorityResponse>.Invalid(errors);
        }

        if (await NameTaken(fields.Name, exceptId: null, ct))
        {
            return Outcome<AuthorityResponse>.Conflict($"An authority named '{fields.Name}' already exists.");
        }

        var authority = new Authority(fields, clock.GetUtcNow().UtcDateTime);
        db.Authorities.Add(authority);
        return await Save(authority, ct);
    }

    public async Task<Outcome<AuthorityResponse>> Update(int id, AuthorityInput input, CancellationToken ct)
    {
        var authority = await db.Authorities.Include(a => a.EscalationContacts).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (authority is null)
        {
            return Outcome<AuthorityResponse>.NotFound();
        }

        var errors = new ValidationErrors();
        var fields = input.Validate(errors, catalog.LetterLanguages());
        if (fields is null)
        {
            return Outcome<AuthorityResponse>.Invalid(errors);
        }

        if (await NameTaken(fields.Name, exceptId: id, ct))
        {
            return Outcome<AuthorityResponse>.Conflict($"An authority named '{fields.Name}' already exists.");
        }

        authority.Update(fields, clock.GetUtcNow().UtcDateTime);
        return await Save(authority, ct);
    }

    private Task<bool> NameTaken(string name, int? exceptId, CancellationToken ct) =>
        db.Authorities.AnyAsync(a => a.Name == name && a.Id != exceptId, ct);

    private async Task<Outcome<AuthorityResponse>> Save(Authority authority, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<AuthorityResponse>.Conflict("The authority was changed by someone else; reload it and try again.");
        }
        catch (DbUpdateException)
        {
            // Two concurrent saves of the same name: the unique index decides, the loser gets a conflict.
            db.ChangeTracker.Clear();
            if (await NameTaken(authority.Name, authority.Id == 0 ? null : authority.Id, ct))
            {
                return Outcome<AuthorityResponse>.Conflict($"An authority named '{authority.Name}' already exists.");
            }

            throw;
        }

        return Outcome<AuthorityResponse>.Ok(AuthorityResponse.From(authority));
    }
}
