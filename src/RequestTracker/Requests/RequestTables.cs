using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Requests;

/// <summary>
/// This feature's tables on the one DbContext, declared here rather than in Data so that Data depends on no
/// feature: <c>db.Requests</c> reads as a DbSet property would.
/// </summary>
internal static class RequestTables
{
    extension(AppDbContext db)
    {
        /// <summary>The Requests table: requests.</summary>
        public DbSet<Request> Requests => db.Set<Request>();

        /// <summary>The Questions table: their questions.</summary>
        public DbSet<Question> Questions => db.Set<Question>();

        /// <summary>The SendingRecords table: requests sent outside the app, recorded with their proof.</summary>
        public DbSet<SendingRecord> Sendings => db.Set<SendingRecord>();
    }
}
