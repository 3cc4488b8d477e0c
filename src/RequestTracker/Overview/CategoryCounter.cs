using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>
/// The questions per category and authority without counting the questions: the folded counts plus the
/// deltas written since the last fold. Both tables stay small whatever the history (one row per category
/// and authority; deltas since the last fold), so the dashboard costs the same at a thousand questions or
/// a million. <c>FiguresRecountTests</c> checks they equal a full recount after random work.
/// </summary>
internal sealed class CategoryCounter(AppDbContext db)
{
    /// <summary>Count per (category, authority), zero rows left out.</summary>
    public async Task<IReadOnlyList<CategoryCount>> Read(CancellationToken ct)
    {
        // One statement (UNION ALL), so a fold committing between two reads cannot move deltas out of sight.
        var rows = await db.Set<CategoryCount>().AsNoTracking()
            .Select(c => new { c.Category, c.AuthorityId, c.Count })
            .Concat(db.Set<CategoryDelta>().AsNoTracking()
                .GroupBy(d => new { d.Category, d.AuthorityId })
                .Select(g => new { g.Key.Category, g.Key.AuthorityId, Count = g.Sum(d => d.Delta) }))
            .ToListAsync(ct);
        return rows
            .GroupBy(c => (c.Category, c.AuthorityId))
            .Select(g => new CategoryCount { Category = g.Key.Category, AuthorityId = g.Key.AuthorityId, Count = g.Sum(c => c.Count) })
            .Where(c => c.Count != 0)
            .ToList();
    }

    /// <summary>
    /// Moves up to <paramref name="limit"/> deltas into the counts in one transaction; returns how many. Two
    /// replicas folding at once cannot count a delta twice: each deletes the deltas it read, and gives up
    /// (rolls back) unless it deleted every one of them.
    /// </summary>
    public Task<int> Fold(int limit, CancellationToken ct) => DeltaFold.Run(
        db, db.Set<CategoryDelta>().OrderBy(d => d.Id), limit,
        deltas =>
        {
            var ids = deltas.Select(d => d.Id).ToList();
            return db.Set<CategoryDelta>().Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(ct);
        },
        async deltas =>
        {
            foreach (var change in deltas.GroupBy(d => (d.Category, d.AuthorityId)))
            {
                var sum = change.Sum(d => d.Delta);
                var (category, authorityId) = change.Key;
                var updated = await db.Set<CategoryCount>().Where(c => c.Category == category && c.AuthorityId == authorityId)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + sum), ct);
                if (updated == 0)
                {
                    db.Add(new CategoryCount { Category = category, AuthorityId = authorityId, Count = sum });
                }
            }
        },
        ct);

    /// <summary>
    /// Recounts from the workflows themselves (the <c>figures rebuild</c> command), in one serializable
    /// transaction: a change committed while it runs would otherwise be in the recount and leave its delta too.
    /// </summary>
    public async Task<int> Rebuild(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        await db.Set<CategoryDelta>().ExecuteDeleteAsync(ct);
        await db.Set<CategoryCount>().ExecuteDeleteAsync(ct);
        var counts = await db.Workflows.GroupBy(w => new { w.Category, w.AuthorityId })
            .Select(g => new CategoryCount { Category = g.Key.Category, AuthorityId = g.Key.AuthorityId, Count = g.Count() })
            .ToListAsync(ct);
        db.AddRange(counts);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return counts.Sum(c => c.Count);
    }
}
