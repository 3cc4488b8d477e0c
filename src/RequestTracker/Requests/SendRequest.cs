using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

/// <summary>
/// Sends a draft: one workflow per question (deadline from the authority's law and calendar, first
/// timers armed), the request email queued in the outbox — all in one transaction.
/// </summary>
internal sealed class SendRequest(AppDbContext db, WorkflowEngine engine, WorkSignal signal, TimeProvider clock, GetRequest get, SendCheck check)
{
    public async Task<Outcome<RequestResponse>> Handle(CurrentUser user, int id, CancellationToken ct)
    {
        var request = await db.Requests.VisibleTo(user)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Outcome<RequestResponse>.NotFound();
        }

        if (request.Status != RequestStatus.Draft)
        {
            return Outcome<RequestResponse>.Conflict($"The request is {request.Status.ToString().ToLowerInvariant()}; only a draft can be sent.");
        }

        if (await check.Check([request], ct) is { IsEmpty: false } refused)
        {
            return Outcome<RequestResponse>.Unprocessable(refused);
        }

        request.MarkSent(clock.GetUtcNow().UtcDateTime);
        await engine.Start(request.Id, user.Id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<RequestResponse>.Conflict("The request was changed or sent by someone else; reload it.");
        }

        signal.Notify();
        return await get.Handle(user, id, ct);
    }
}
