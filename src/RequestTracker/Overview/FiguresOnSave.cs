using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RequestTracker.Overview;

/// <summary>
/// Every save records the category, outcome and state changes it makes to workflows (<see cref="CategoryDelta"/>,
/// <see cref="AuthorityTallyDelta"/>, <see cref="StateDelta"/>), in itself, so no write path can forget the dashboard's figures.
/// </summary>
internal sealed class FiguresOnSave : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData);
        return ValueTask.FromResult(result);
    }

    private static void Record(DbContextEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            // A save made again (the journal chain lost a race) runs this again: the deltas of the attempt that failed
            // are dropped and counted anew, so the repeated save counts once.
            foreach (var stale in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is CategoryDelta or AuthorityTallyDelta or StateDelta).ToList())
            {
                stale.State = EntityState.Detached;
            }

            CategoryDelta.Record(context.ChangeTracker);
            AuthorityTallyDelta.Record(context.ChangeTracker);
            StateDelta.Record(context.ChangeTracker);
        }
    }
}
