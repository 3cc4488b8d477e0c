using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Overview;

/// <summary>
/// The one way maintained counts take in their deltas (<see cref="CategoryCounter"/>, <see cref="TallyCounter"/>):
/// in one transaction, read the oldest deltas, delete them, and give up (roll back) unless every one read was
/// deleted — so two replicas folding at once cannot count a delta twice — then add their sums to the counts.
/// </summary>
internal static class DeltaFold
{
    /// <remarks>
    /// <paramref name="oldestFirst"/>: the deltas ordered by id; <paramref name="delete"/> deletes the given ones and says
    /// how many it deleted; <paramref name="add"/> adds their sums to the counts (updates, or tracked inserts the fold saves).
    /// </remarks>
    public static async Task<int> Run<TDelta>(
        AppDbContext db, IQueryable<TDelta> oldestFirst, int limit,
        Func<IReadOnlyList<TDelta>, Task<int>> delete, Func<IReadOnlyList<TDelta>, Task> add, CancellationToken ct)
        where TDelta : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var deltas = await oldestFirst.AsNoTracking().Take(limit).ToListAsync(ct);
        if (deltas.Count == 0 || await delete(deltas) != deltas.Count)
        {
            await transaction.RollbackAsync(ct);
            return 0;
        }

        await add(deltas);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return deltas.Count;
    }
}
