using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Replies;

/// <summary>This feature's tables on the one DbContext (Data depends on no feature): <c>db.Inbox</c> reads as a DbSet property would.</summary>
internal static class ReplyTables
{
    extension(AppDbContext db)
    {
        /// <summary>The Inbox table: every reply received, read from the mailbox or recorded by a person.</summary>
        public DbSet<InboundMessage> Inbox => db.Set<InboundMessage>();

        /// <summary>The InboxAttachments table: their attachments.</summary>
        public DbSet<InboundAttachment> InboxAttachments => db.Set<InboundAttachment>();
    }
}
