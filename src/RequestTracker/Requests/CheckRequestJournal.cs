using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

/// <summary>Checks one request's journal chain for whoever may read the request (another advocate's is 404).</summary>
internal sealed class CheckRequestJournal(AppDbContext db, JournalVerify verify)
{
    public async Task<Outcome<ChainReport>> Handle(CurrentUser user, int id, CancellationToken ct) =>
        await db.Requests.VisibleTo(user).AnyAsync(r => r.Id == id, ct)
            ? Outcome<ChainReport>.Ok(await verify.Run(id, ct))
            : Outcome<ChainReport>.NotFound();
}
