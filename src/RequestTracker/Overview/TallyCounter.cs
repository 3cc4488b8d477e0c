using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>
/// An authority's tallies (<see cref="AuthorityTally"/>): folded rows plus its deltas since the last fold.
/// Folded by <see cref="DeltaFold"/> like the category counts; rebuilt like them.
/// </summary>
internal sealed class TallyCounter(AppDbContext db)
{
    public async Task<IReadOnlyList<AuthorityTally>> Read(int authorityId, CancellationToken ct)
    {
        // One statement, as CategoryCounter.Read: a fold between two reads would hide the deltas it moved.
        var rows = await db.Set<AuthorityTally>().AsNoTracking().Where(t => t.AuthorityId == authorityId)
            .Select(t => new { t.Tally, t.Days, t.Count })
            .Concat(db.Set<AuthorityTallyDelta>().AsNoTracking().Where(t => t.AuthorityId == authorityId)
                .GroupBy(t => new { t.Tally, t.Days })
                .Select(g => new { g.Key.Tally, g.Key.Days, Count = g.Sum(t => t.Delta) }))
            .ToListAsync(ct);
        return rows
            .GroupBy(t => (t.Tally, t.Days))
            .Select(g => new AuthorityTally { AuthorityId = authorityId, Tally = g.Key.Tally, Days = g.Key.Days, Count = g.Sum(t => t.Count) })
            .Where(t => t.Count != 0)
            .ToList();
    }

    public Task<int> Fold(int limit, CancellationToken ct) => DeltaFold.Run(
        db, db.Set<AuthorityTallyDelta>().OrderBy(d => d.Id), limit,
        deltas =>
        {
            var ids = deltas.Select(d => d.Id).ToList();
            return db.Set<AuthorityTallyDelta>().Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(ct);
        },
        async deltas =>
        {
            foreach (var change in deltas.GroupBy(d => (d.AuthorityId, d.Tally, d.Days)))
            {
                var sum = change.Sum(d => d.Delta);
                var (authorityId, tally, days) = change.Key;
                var updated = await db.Set<AuthorityTally>().Where(t => t.AuthorityId == authorityId && t.Tally == tally && t.Days == days)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Count, t => t.Count + sum), ct);
                if (updated == 0)
                {
                    db.Add(new AuthorityTally { AuthorityId = authorityId, Tally = tally, Days = days, Count = sum });
                }
            }
        },
        ct);

    /// <summary>Recounts from the workflows, in one serializable transaction (see <see cref="CategoryCounter.Rebuild"/>).</summary>
    public async Task<int> Rebuild(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        await db.Set<AuthorityTallyDelta>().ExecuteDeleteAsync(ct);
        await db.Set<AuthorityTally>().ExecuteDeleteAsync(ct);
        var requests = await db.Workflows.Select(w => new { w.AuthorityId, w.RequestId }).Distinct()
            .GroupBy(w => w.AuthorityId).Select(g => new { AuthorityId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var outcomes = await db.Workflows.Where(w => w.OutcomeKind != null)
            .GroupBy(w => new { w.AuthorityId, w.OutcomeKind, w.OutcomeOnTime, w.OutcomeDays })
            .Select(g => new { g.Key.AuthorityId, g.Key.OutcomeKind, g.Key.OutcomeOnTime, g.Key.OutcomeDays, Count = g.Count() }).ToListAsync(ct);
        var tallies = requests.Select(r => new AuthorityTally { AuthorityId = r.AuthorityId, Tally = AuthorityTally.Requests, Count = r.Count })
            .Concat(outcomes
                .GroupBy(o => (o.AuthorityId, Tally: AuthorityTally.Outcome(o.OutcomeKind!, o.OutcomeOnTime ?? true), Days: o.OutcomeDays ?? 0))
                .Select(g => new AuthorityTally { AuthorityId = g.Key.AuthorityId, Tally = g.Key.Tally, Days = g.Key.Days, Count = g.Sum(o => o.Count) }))
            .ToList();
        db.AddRange(tallies);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return tallies.Sum(t => t.Count);
    }
}
