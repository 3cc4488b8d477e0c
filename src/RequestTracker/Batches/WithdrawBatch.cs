using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Batches;

/// <summary>What withdrawing (part of) a batch says and to whom: a reason, a notice to each authority, which authorities.</summary>
internal sealed record WithdrawBatchInput(string? Reason, bool NotifyAuthority, IReadOnlyList<int>? RequestIds);

/// <summary>
/// Withdraws a batch's requests — every one not yet withdrawn, or the authorities named — each exactly as
/// withdrawing it alone (its workflows end, its queued emails are cancelled, a notice if asked), each in its own
/// transaction: an authority's request withdrawn stays withdrawn even if a later one fails, and running it again
/// withdraws the rest.
/// </summary>
internal sealed class WithdrawBatch(AppDbContext db, WithdrawRequest withdraw, GetBatch get)
{
    public async Task<Outcome<BatchView>> Handle(CurrentUser user, int id, WithdrawBatchInput input, CancellationToken ct)
    {
        var chosen = await BatchRequests.Choose(db, user, id, new BatchSelection(input.RequestIds), ct);
        if (chosen.Kind != OutcomeKind.Ok)
        {
            return chosen.As<BatchView>();
        }

        var open = chosen.Value!.Where(r => r.CanWithdraw).Select(r => r.Id).ToList();
        if (open.Count == 0)
        {
            return Outcome<BatchView>.Conflict("Every request chosen is withdrawn already.");
        }

        db.ChangeTracker.Clear();
        foreach (var requestId in open)
        {
            var outcome = await withdraw.Handle(user, requestId, new WithdrawInput(input.Reason, input.NotifyAuthority), ct);
            if (outcome.Kind is not (OutcomeKind.Ok or OutcomeKind.Conflict))
            {
                return outcome.As<BatchView>(); // the reason is invalid: it is checked before anything changes, so nothing did
            }
        }

        return await get.Handle(user, id, ct);
    }
}
