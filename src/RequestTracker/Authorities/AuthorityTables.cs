using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Authorities;

/// <summary>
/// This feature's tables on the one DbContext, declared here rather than in Data so that Data depends on no
/// feature: <c>db.Authorities</c> reads as a DbSet property would.
/// </summary>
internal static class AuthorityTables
{
    extension(AppDbContext db)
    {
        /// <summary>The Authorities table: the authorities.</summary>
        public DbSet<Authority> Authorities => db.Set<Authority>();
    }
}
