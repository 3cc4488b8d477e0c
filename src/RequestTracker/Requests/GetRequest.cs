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
        return Outcome<RequestResponse>.Ok(RequestResponse.From(request, workflows, clock.GetUtcNow().UtcDateTime) with
        {
            TransferredFrom = await Link(request.TransferredFromId, ct),
            TransferredTo = await Onward(request, ct),
            SentBy = request.SendRecordedAt is null ? null : await db.Sendings.AsNoTracking().Where(s => s.RequestId == id)
                .Select(s => new SendingView(s.Channel.ToString().ToLowerInvariant(), s.SentOn, s.ReceivedOn, s.ProofName, s.RecordedAt)).FirstOrDefaultAsync(ct),
        });
    }

    /// <summary>The proof a request sent outside the app was recorded with: its name, kind and bytes.</summary>
    public async Task<Outcome<(string Name, string Type, byte[] Content)>> Proof(CurrentUser user, int id, CancellationToken ct)
    {
        var visible = db.Requests.VisibleTo(user).Where(r => r.Id == id).Select(r => r.Id);
        var proof = await db.Sendings.AsNoTracking()
            .Where(s => visible.Contains(s.RequestId))
            .Select(s => new { s.ProofName, s.ProofType, s.Proof }).FirstOrDefaultAsync(ct);
        return proof is null ? Outcome<(string, string, byte[])>.NotFound() : Outcome<(string, string, byte[])>.Ok((proof.ProofName, proof.ProofType, proof.Proof));
    }

    /// <summary>The request this one continues, as a link: its reference and first body.</summary>
    private async Task<TransferLink?> Link(int? originId, CancellationToken ct) => originId is null ? null :
        await db.Requests.AsNoTracking().Where(r => r.Id == originId).Select(r => new TransferLink(r.Id, r.Authority!.Name, new List<int>())).FirstOrDefaultAsync(ct);

    /// <summary>Where this request's questions were passed on: each request they go on in, with their positions here (one seek on Questions.OriginId).</summary>
    private async Task<IReadOnlyList<TransferLink>> Onward(Request request, CancellationToken ct)
    {
        var ids = request.Questions.Select(q => q.Id).ToList();
        var moved = await db.Questions.AsNoTracking().Where(q => q.OriginId != null && ids.Contains(q.OriginId.Value))
            .Join(db.Requests, q => q.RequestId, r => r.Id, (q, r) => new { q.OriginId, r.Id, r.Authority!.Name }).ToListAsync(ct);
        return moved.GroupBy(m => (m.Id, m.Name)).OrderBy(g => g.Key.Id)
            .Select(g => new TransferLink(g.Key.Id, g.Key.Name, g.Select(m => request.Questions.First(q => q.Id == m.OriginId).Position).Order().ToList()))
            .ToList();
    }
}
