using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Users;

namespace RequestTracker.Requests;

internal sealed class GetRequest(AppDbContext db)
{
    public async Task<Outcome<RequestResponse>> Handle(CurrentUser user, int id, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking()
            .VisibleTo(user)
            .Include(r => r.Authority)
            .Include(r => r.Questions)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        return request is null ? Outcome<RequestResponse>.NotFound() : Outcome<RequestResponse>.Ok(RequestResponse.From(request));
    }
}
