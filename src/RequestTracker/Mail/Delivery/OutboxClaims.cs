using Microsoft.EntityFrameworkCore;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Mail.Delivery;

/// <summary>Claims queued emails that are due with a lease (see <see cref="LeasedRows"/>), oldest first.</summary>
internal sealed class OutboxClaims(AppDbContext db, TimeProvider clock)
{
    public Task<LeaseClaim> Claim(string owner, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return LeasedRows.Claim(
            db.Outbox,
            free => free.Where(o => o.Status == OutboxStatus.Queued && (o.NextAttemptAt == null || o.NextAttemptAt <= now)).OrderBy(o => o.Id),
            owner, batchSize, lease, now, ct);
    }

    /// <summary>Gives rows back unsent (the server is unreachable): they are due again at once for whoever can reach it.</summary>
    public Task Release(LeaseClaim claim, CancellationToken ct) => LeasedRows.Release(db.Outbox, claim, ct);

    /// <summary>
    /// When a queued email is next due (a retry's backoff or a lease's end); null when none waits. Index walks
    /// on (Status, NextAttemptAt) and (Status, LeaseUntil) that stop at their first row, never a scan.
    /// </summary>
    public async Task<DateTime?> NextWakeUp(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = db.Outbox.Where(o => o.Status == OutboxStatus.Queued);
        var free = queued.Where(o => o.LeaseUntil == null || o.LeaseUntil < now);
        var retry = await free.AnyAsync(o => o.NextAttemptAt == null, ct)
            ? now
            : await free.Where(o => o.NextAttemptAt != null).OrderBy(o => o.NextAttemptAt).Select(o => o.NextAttemptAt).FirstOrDefaultAsync(ct);
        var leaseEnd = await queued.Where(o => o.LeaseUntil >= now).OrderBy(o => o.LeaseUntil).Select(o => o.LeaseUntil).FirstOrDefaultAsync(ct);
        return LeasedRows.Earliest(retry, leaseEnd);
    }
}
