using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>
/// The questions per state of a lifecycle without counting the questions: folded counts plus the deltas since (as
/// <see cref="CategoryCounter"/>). One row per lifecycle, state and advocate, so the workflow page costs the same at a
/// thousand questions or a million. <c>FiguresRecountTests</c> checks they equal a full recount after random work.
/// </summary>
internal sealed class StateCounter(AppDbContext db)
{
    /// <summary>The questions the caller may see in each state of <paramref name="lifecycleId"/>: an advocate's own, a manager's all.</summary>
    public async Task<IReadOnlyDictionary<string, int>> Read(CurrentUser user, string lifecycleId, CancellationToken ct)
    {
        var counts = db.Set<StateCount>().AsNoTracking().Where(c => c.LifecycleId == lifecycleId);
        var deltas = db.Set<StateDelta>().AsNoTracking().Where(d => d.LifecycleId == lifecycleId);
        if (!user.SeesAll)
        {
            counts = counts.Where(c => c.OwnerId == user.Id);
            deltas = deltas.Where(d => d.OwnerId == user.Id);
        }

        // One statement (UNION ALL), so a fold committing between two reads cannot move deltas out of sight.
        var rows = await counts.GroupBy(c => c.State).Select(g => new { State = g.Key, Count = g.Sum(c => c.Count) })
            .Concat(deltas.GroupBy(d => d.State).Select(g => new { State = g.Key, Count = g.Sum(d => d.Delta) }))
            .ToListAsync(ct);
        return rows.GroupBy(r => r.State).Select(g => (g.Key, Count: g.Sum(r => r.Count))).Where(r => r.Count != 0).ToDictionary(r => r.Key, r => r.Count);
    }

    /// <summary>Moves up to <paramref name="limit"/> deltas into the counts (<see cref="DeltaFold"/>: safe when replicas fold at once).</summary>
    public Task<int> Fold(int limit, CancellationToken ct) => DeltaFold.Run(
        db, db.Set<StateDelta>().OrderBy(d => d.Id), limit,
        deltas =>
        {
            var ids = deltas.Select(d => d.Id).ToList();
            return db.Set<StateDelta>().Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(ct);
        },
        async deltas =>
        {
            foreach (var change in deltas.GroupBy(d => (d.LifecycleId, d.State, d.OwnerId)))
            {
                var sum = change.Sum(d => d.Delta);
                var (lifecycle, state, owner) = change.Key;
                var updated = await db.Set<StateCount>().Where(c => c.LifecycleId == lifecycle && c.OwnerId == owner && c.State == state)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + sum), ct);
                if (updated == 0)
                {
                    db.Add(new StateCount { LifecycleId = lifecycle, State = state, OwnerId = owner, Count = sum });
                }
            }
        },
        ct);

    /// <summary>Recounts from the workflows, in one serializable transaction (see <see cref="CategoryCounter.Rebuild"/>).</summary>
    public async Task<int> Rebuild(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        await db.Set<StateDelta>().ExecuteDeleteAsync(ct);
        await db.Set<StateCount>().ExecuteDeleteAsync(ct);
        var counts = await db.Workflows.GroupBy(w => new { w.LifecycleId, w.State, w.OwnerId })
            .Select(g => new StateCount { LifecycleId = g.Key.LifecycleId, State = g.Key.State, OwnerId = g.Key.OwnerId, Count = g.Count() })
            .ToListAsync(ct);
        db.AddRange(counts);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return counts.Sum(c => c.Count);
    }
}
