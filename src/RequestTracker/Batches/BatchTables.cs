using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Batches;

/// <summary>
/// This feature's tables on the one DbContext, declared here rather than in Data so that Data depends on no
/// feature: <c>db.Batches</c> reads as a DbSet property would.
/// </summary>
internal static class BatchTables
{
    extension(AppDbContext db)
    {
        /// <summary>The Batches table: batches sent together.</summary>
        public DbSet<Batch> Batches => db.Set<Batch>();
    }
}
