using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Mail;

/// <summary>
/// This feature's tables on the one DbContext, declared here rather than in Data so that Data depends on no
/// feature: <c>db.MailboxCursors</c> reads as a DbSet property would.
/// </summary>
internal static class MailTables
{
    extension(AppDbContext db)
    {
        /// <summary>The MailboxCursors table: how far each folder was read.</summary>
        public DbSet<Intake.MailboxCursor> MailboxCursors => db.Set<Intake.MailboxCursor>();

        /// <summary>The Secrets table: keys shared by replicas.</summary>
        public DbSet<AppSecret> Secrets => db.Set<AppSecret>();
    }
}
