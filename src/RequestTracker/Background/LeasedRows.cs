using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace RequestTracker.Background;

/// <summary>A row a worker takes under a lease: timers and outbox emails.</summary>
internal interface ILeasedRow
{
    long Id { get; }

    string? LeaseOwner { get; set; }

    DateTime? LeaseUntil { get; set; }
}

/// <summary>Rows claimed by one worker: its lease token and the rows' ids, in the order they should be worked.</summary>
internal sealed record LeaseClaim(string Token, IReadOnlyList<long> Ids);

/// <summary>
/// The one leased-row claim. Candidates are read, then taken with one conditional UPDATE (EF
/// ExecuteUpdate, the same SQL shape on every provider) that sets the owner only where the lease is
/// still free, so two replicas never hold a row at once and a crashed replica's rows come free when its
/// lease runs out. The rows won are read back by primary key, never by scanning for the token.
/// </summary>
internal static class LeasedRows
{
    public static async Task<LeaseClaim> Claim<T>(
        DbSet<T> rows,
        Func<IQueryable<T>, IQueryable<T>> dueInOrder,
        string owner,
        int batchSize,
        TimeSpan lease,
        DateTime now,
        CancellationToken ct,
        Action<UpdateSettersBuilder<T>>? alsoSet = null)
        where T : class, ILeasedRow
    {
        var candidates = await dueInOrder(rows.Where(r => r.LeaseUntil == null || r.LeaseUntil < now))
            .Select(r => r.Id).Take(batchSize).ToListAsync(ct);
        var token = LeaseOwner.Token(owner);
        if (candidates.Count == 0)
        {
            return new LeaseClaim(token, []);
        }

        var until = now + lease;
        await rows.Where(r => candidates.Contains(r.Id) && (r.LeaseUntil == null || r.LeaseUntil < now))
            .ExecuteUpdateAsync(
                s =>
                {
                    s.SetProperty(r => r.LeaseOwner, token).SetProperty(r => r.LeaseUntil, until);
                    alsoSet?.Invoke(s);
                },
                ct);
        var won = await rows.Where(r => candidates.Contains(r.Id) && r.LeaseOwner == token).Select(r => r.Id).ToListAsync(ct);
        var order = candidates.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return new LeaseClaim(token, won.OrderBy(id => order[id]).ToList());
    }

    /// <summary>Extends the lease of the claim's rows still held (the heartbeat); true while any is still ours.</summary>
    public static async Task<bool> Renew<T>(DbSet<T> rows, LeaseClaim claim, TimeSpan lease, DateTime now, CancellationToken ct)
        where T : class, ILeasedRow =>
        await rows.Where(r => claim.Ids.Contains(r.Id) && r.LeaseOwner == claim.Token)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, now + lease), ct) > 0;

    /// <summary>Gives a claim's rows back at once (a batch that cannot go on), rather than when the lease ends.</summary>
    public static Task Release<T>(DbSet<T> rows, LeaseClaim claim, CancellationToken ct)
        where T : class, ILeasedRow =>
        rows.Where(r => claim.Ids.Contains(r.Id) && r.LeaseOwner == claim.Token)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseOwner, (string?)null).SetProperty(r => r.LeaseUntil, (DateTime?)null), ct);

    /// <summary>The earlier of two optional instants: when a worker should look again.</summary>
    public static DateTime? Earliest(DateTime? a, DateTime? b) => a is null ? b : b is null || a < b ? a : b;
}
