using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Requests;

/// <summary>Replaces a draft's content. Anything but a draft is a conflict: what was sent stays as sent.</summary>
internal sealed class EditRequest(AppDbContext db, TimeProvider clock, GetRequest get, Definitions.WorkflowCatalog catalog)
{
    public async Task<Outcome<RequestResponse>> Handle(CurrentUser user, int id, RequestInput input, CancellationToken ct)
    {
        var request = await db.Requests.VisibleTo(user).Include(r => r.Questions).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Outcome<RequestResponse>.NotFound();
        }

        if (!request.CanEdit)
        {
            return Outcome<RequestResponse>.Conflict($"The request is {request.Status.ToString().ToLowerInvariant()}; only a draft can be edited.");
        }

        var errors = new ValidationErrors();
        var content = await input.Validate(db, catalog.LetterLanguages(), errors, ct);
        if (content is null)
        {
            return Outcome<RequestResponse>.Invalid(errors);
        }

        request.EditDraft(content, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<RequestResponse>.Conflict("The request was changed by someone else; reload it and try again.");
        }

        return await get.Handle(user, id, ct);
    }
}
