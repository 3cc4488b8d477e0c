using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Users;

namespace RequestTracker.Requests;

/// <summary>Withdraws a draft or sent request; withdrawing twice is a conflict, not a silent success.</summary>
internal sealed class WithdrawRequest(AppDbContext db, TimeProvider clock, GetRequest get)
{
    public async Task<Outcome<RequestResponse>> Handle(CurrentUser user, int id, CancellationToken ct)
    {
        var request = await db.Requests.VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Outcome<RequestResponse>.NotFound();
        }

        if (!request.CanWithdraw)
        {
            return Outcome<RequestResponse>.Conflict("The request is already withdrawn.");
        }

        request.Withdraw(clock.GetUtcNow().UtcDateTime);
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
