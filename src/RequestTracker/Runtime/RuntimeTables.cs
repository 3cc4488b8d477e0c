using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Runtime;

/// <summary>
/// This feature's tables on the one DbContext, declared here rather than in Data so that Data depends on no
/// feature: <c>db.Workflows</c> reads as a DbSet property would.
/// </summary>
internal static class RuntimeTables
{
    extension(AppDbContext db)
    {
        /// <summary>The Workflows table: one running workflow per question.</summary>
        public DbSet<WorkflowInstance> Workflows => db.Set<WorkflowInstance>();

        /// <summary>The Timers table: armed timers.</summary>
        public DbSet<WorkflowTimer> Timers => db.Set<WorkflowTimer>();

        /// <summary>The Journal table: the hash-chained journal.</summary>
        public DbSet<JournalEntry> Journal => db.Set<JournalEntry>();

        /// <summary>The Outbox table: emails to send.</summary>
        public DbSet<OutboxMessage> Outbox => db.Set<OutboxMessage>();

        /// <summary>The Letters table: drafted letters and filings.</summary>
        public DbSet<Letter> Letters => db.Set<Letter>();
    }
}
