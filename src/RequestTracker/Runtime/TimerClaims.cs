using Microsoft.EntityFrameworkCore;
using RequestTracker.Background;
using RequestTracker.Data;

namespace RequestTracker.Runtime;

/// <summary>Claims due timers with a lease (see <see cref="LeasedRows"/>), earliest first.</summary>
internal sealed class TimerClaims(AppDbContext db, TimeProvider clock)
{
    public Task<LeaseClaim> Claim(string owner, int batchSize, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return LeasedRows.Claim(
            db.Timers, free => free.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt), owner, batchSize, lease, now, ct,
            s => s.SetProperty(t => t.Attempts, t => t.Attempts + 1));
    }

    public Task<bool> Renew(LeaseClaim claim, TimeSpan lease, CancellationToken ct) =>
        LeasedRows.Renew(db.Timers, claim, lease, clock.GetUtcNow().UtcDateTime, ct);

    /// <summary>
    /// When there may next be work: the earliest free due time or the earliest lease expiry. Both are index
    /// walks that stop at their first row: MIN(DueAt) walks the DueAt index past leased rows only (at most a
    /// batch per replica), the lease end is a range on the LeaseUntil index. (ORDER BY DueAt LIMIT 1 would
    /// not do: SQLite answers it from the LeaseUntil index and sorts every free timer.)
    /// </summary>
    public async Task<DateTime?> NextWakeUp(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Timers.Where(t => t.LeaseUntil == null || t.LeaseUntil < now)
            .MinAsync(t => (DateTime?)t.DueAt, ct);
        var leaseEnd = await db.Timers.Where(t => t.LeaseUntil >= now)
            .OrderBy(t => t.LeaseUntil).Select(t => t.LeaseUntil).FirstOrDefaultAsync(ct);
        return LeasedRows.Earliest(due, leaseEnd);
    }
}
