using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Publishing;

/// <summary>
/// This feature's tables on the one DbContext, declared here rather than in Data so that Data depends on no
/// feature: <c>db.Publications</c> reads as a DbSet property would.
/// </summary>
internal static class PublicationTables
{
    extension(AppDbContext db)
    {
        /// <summary>The Publications table: requests made public.</summary>
        public DbSet<Publication> Publications => db.Set<Publication>();
    }
}
