using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Batches;

/// <summary>Which of a batch's requests an action is for; none named means every one it applies to.</summary>
internal sealed record BatchSelection(IReadOnlyList<int>? RequestIds);

/// <summary>
/// Sends a batch's drafts — every one, or the authorities named — in one transaction: each request starts its
/// questions' workflows under its own authority's law and queues its own letter, exactly as sending it alone.
/// </summary>
internal sealed class SendBatch(AppDbContext db, WorkflowEngine engine, WorkSignal signal, TimeProvider clock, GetBatch get, SendCheck check)
{
    public async Task<Outcome<BatchView>> Handle(CurrentUser user, int id, BatchSelection input, CancellationToken ct)
    {
        var chosen = await BatchRequests.Choose(db, user, id, input, ct);
        if (chosen.Kind != OutcomeKind.Ok)
        {
            return chosen.As<BatchView>();
        }

        var drafts = chosen.Value!.Where(r => r.Status == RequestStatus.Draft).ToList();
        if (drafts.Count == 0)
        {
            return Outcome<BatchView>.Conflict("No draft to send: every request chosen was sent or withdrawn already.");
        }

        if (await check.Check(drafts, ct) is { IsEmpty: false } refused)
        {
            return Outcome<BatchView>.Unprocessable(refused);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var request in drafts)
        {
            request.MarkSent(now);
            await engine.Start(request.Id, user.Id, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<BatchView>.Conflict("A request of the batch was changed or sent by someone else; reload it.");
        }

        signal.Notify();
        return await get.Handle(user, id, ct);
    }
}

internal static class BatchRequests
{
    /// <summary>The batch's requests (tracked), or those of them named; 404 for a batch the user cannot see, a field error for a request not in it.</summary>
    public static async Task<Outcome<List<Request>>> Choose(AppDbContext db, CurrentUser user, int batchId, BatchSelection input, CancellationToken ct)
    {
        if (!await db.Batches.VisibleTo(user).AnyAsync(b => b.Id == batchId, ct))
        {
            return Outcome<List<Request>>.NotFound();
        }

        var requests = await db.Requests.VisibleTo(user).Where(r => r.BatchId == batchId).OrderBy(r => r.Id).ToListAsync(ct);
        if (input.RequestIds is not { Count: > 0 } named)
        {
            return Outcome<List<Request>>.Ok(requests);
        }

        var errors = new ValidationErrors();
        foreach (var (requestId, index) in named.Select((r, i) => (r, i)).Where(p => requests.All(r => r.Id != p.r)))
        {
            errors.Add($"requestIds[{index}]", $"Request {requestId} is not a request of this batch.");
        }

        return errors.IsEmpty ? Outcome<List<Request>>.Ok(requests.Where(r => named.Contains(r.Id)).ToList()) : Outcome<List<Request>>.Invalid(errors);
    }
}
