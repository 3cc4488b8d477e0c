using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Requests;

/// <summary>Files a new request as a draft owned by the current user.</summary>
internal sealed class FileRequest(AppDbContext db, TimeProvider clock, GetRequest get, Definitions.WorkflowCatalog catalog)
{
    public async Task<Outcome<RequestResponse>> Handle(CurrentUser user, RequestInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var content = await input.Validate(db, catalog.LetterLanguages(), errors, ct);
        if (content is null)
        {
            return Outcome<RequestResponse>.Invalid(errors);
        }

        var request = new Request(user.Id, content, clock.GetUtcNow().UtcDateTime);
        db.Requests.Add(request);
        await db.SaveChangesAsync(ct);
        return await get.Handle(user, request.Id, ct);
    }
}
