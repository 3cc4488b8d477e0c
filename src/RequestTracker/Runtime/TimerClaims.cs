using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Runtime;

/// <summary>
/// Claims due timers with a lease: one conditional UPDATE (EF ExecuteUpdate, the same SQL shape on every
/// provider) sets the owner only where the lease is free, so two replicas never hold one timer at once.
/// </summary>
internal sealed class TimerClaims(AppDbContext db, TimeProvider clock)
{
    /// <summary>Claims up to <paramref name="batchSize"/> due timers; the returned token is their lease owner.</summary>
    public async Task<(string Token, IReadOnlyList<long> Ids)> Claim(string owner, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.Timers
            .Where(t => t.DueAt <= now && (t.LeaseUntil == null || t.LeaseUntil < now))
            .OrderBy(t => t.DueAt)
            .Select(t => t.Id)
            .Take(batchSize)
            .ToListAsync(ct);
        var token = $"{owner}/{Guid.NewGuid():N}";
        if (candidates.Count == 0)
        {
            return (token, []);
        }

        var until = now + lease;
        await db.Timers
            .Where(t => candidates.Contains(t.Id) && (t.LeaseUntil == null || t.LeaseUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.LeaseOwner, token).SetProperty(t => t.LeaseUntil, until).SetProperty(t => t.Attempts, t => t.Attempts + 1),
                ct);
        return (token, await db.Timers.Where(t => t.LeaseOwner == token).OrderBy(t => t.DueAt).Select(t => t.Id).ToListAsync(ct));
    }

    /// <summary>When there may next be work: the earliest free due time or the earliest lease expiry.</summary>
    public async Task<DateTime?> NextWakeUp(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Timers.Where(t => t.LeaseUntil == null || t.LeaseUntil < now).MinAsync(t => (DateTime?)t.DueAt, ct);
        var leaseEnd = await db.Timers.Where(t => t.LeaseUntil >= now).MinAsync(t => t.LeaseUntil, ct);
        return due is null ? leaseEnd : leaseEnd is null || due < leaseEnd ? due : leaseEnd;
    }
}
