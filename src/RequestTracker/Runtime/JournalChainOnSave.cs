using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RequestTracker.Data;

namespace RequestTracker.Runtime;

/// <summary>
/// Every save links the journal entries it adds into their request's hash chain (<see cref="JournalChain"/>); a save
/// that lost the race for a chain position is saved again, linked anew from the new head.
/// </summary>
internal sealed class JournalChainOnSave : SaveChangesInterceptor, IRepeatableSave
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
        {
            JournalChain.LinkNow(db);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            await JournalChain.Link(db, cancellationToken);
        }

        return result;
    }

    public bool Repairs(DbException e) => JournalChain.IsFork(e);
}
