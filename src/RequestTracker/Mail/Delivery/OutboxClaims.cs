using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Mail.Delivery;

/// <summary>
/// Claims queued emails with a lease, exactly as timers are claimed: a conditional UPDATE sets the owner
/// only where the lease is free, so two replicas never send one row at the same time.
/// </summary>
internal sealed class OutboxClaims(AppDbContext db, TimeProvider clock)
{
    public async Task<(string Token, IReadOnlyList<long> Ids)> Claim(string owner, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.Outbox
            .Where(o => o.Status == OutboxStatus.Queued && (o.NextAttemptAt == null || o.NextAttemptAt <= now) && (o.LeaseUntil == null || o.LeaseUntil < now))
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .Take(batchSize)
            .ToListAsync(ct);
        var token = $"{owner}/{Guid.NewGuid():N}";
        if (candidates.Count == 0)
        {
            return (token, []);
        }

        var until = now + lease;
        await db.Outbox
            .Where(o => candidates.Contains(o.Id) && o.Status == OutboxStatus.Queued && (o.LeaseUntil == null || o.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, token).SetProperty(o => o.LeaseUntil, until), ct);
        return (token, await db.Outbox.Where(o => o.LeaseOwner == token).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct));
    }

    /// <summary>Gives rows back unsent (the server is unreachable): they are due again at once for whoever can reach it.</summary>
    public Task Release(string token, CancellationToken ct) =>
        db.Outbox.Where(o => o.LeaseOwner == token).ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, (string?)null).SetProperty(o => o.LeaseUntil, (DateTime?)null), ct);

    /// <summary>When a queued email is next due (a retry's backoff or a lease's end); null when none waits.</summary>
    public async Task<DateTime?> NextWakeUp(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = db.Outbox.Where(o => o.Status == OutboxStatus.Queued);
        var retry = await queued.Where(o => o.LeaseUntil == null || o.LeaseUntil < now).MinAsync(o => (DateTime?)(o.NextAttemptAt ?? now), ct);
        var leaseEnd = await queued.Where(o => o.LeaseUntil >= now).MinAsync(o => o.LeaseUntil, ct);
        return retry is null ? leaseEnd : leaseEnd is null || retry < leaseEnd ? retry : leaseEnd;
    }
}
