using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Definitions;

/// <summary>
/// This feature's tables on the one DbContext, declared here rather than in Data so that Data depends on no
/// feature: <c>db.DefinitionSnapshots</c> reads as a DbSet property would.
/// </summary>
internal static class DefinitionTables
{
    extension(AppDbContext db)
    {
        /// <summary>The DefinitionSnapshots table: every definition a workflow was pinned to.</summary>
        public DbSet<DefinitionSnapshot> DefinitionSnapshots => db.Set<DefinitionSnapshot>();
    }
}
