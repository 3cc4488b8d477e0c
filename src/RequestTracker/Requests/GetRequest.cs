using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

internal sealed class GetRequest(AppDbContext db, TimeProvider clock)
{
    public async Task<Outcome<RequestResponse>> Handle(CurrentUser user, int id, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking()
            .VisibleTo(user)
            .Include(r => r.Authority)
            .Include(r => r.Questions)
            .AsSplitQuery() // the questions in their own query, not multiplied by the join (EF warned at each start)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Outcome<RequestResponse>.NotFound();
        }

        var workflows = await db.Workflows.AsNoTracking().Where(w => w.RequestId == id).ToListAsync(ct);
        return Outcome<RequestResponse>.Ok(RequestResponse.From(request, workflows, clock.GetUtcNow().UtcDateTime));
    }
}
