using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Mail.Intake;
using RequestTracker.Runtime;

namespace RequestTracker.Mail;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(o => o.Template).HasMaxLength(64);
        builder.Property(o => o.StepId).HasMaxLength(64);
        builder.Property(o => o.RecipientName).HasMaxLength(200);
        builder.Property(o => o.RecipientAddress).HasMaxLength(254);
        builder.Property(o => o.DedupKey).HasMaxLength(200);
        builder.HasIndex(o => o.DedupKey).IsUnique();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.MessageId).HasMaxLength(250);
        builder.HasIndex(o => o.MessageId);
        builder.Property(o => o.Subject).HasMaxLength(500);
        builder.Property(o => o.Covers).HasMaxLength(400);
        builder.Property(o => o.LeaseOwner).HasMaxLength(200);
        builder.Property(o => o.ServerReply).HasMaxLength(1000);
        builder.Property(o => o.LastError).HasMaxLength(1000);
        builder.HasIndex(o => new { o.Status, o.Id });
        builder.HasIndex(o => new { o.Status, o.NextAttemptAt });
        builder.HasIndex(o => new { o.RequestId, o.Id });
    }
}

internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> builder)
    {
        builder.ToTable("Inbox");
        builder.Property(m => m.MessageId).HasMaxLength(250);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.MatchedBy).HasMaxLength(32);
        builder.Property(m => m.FromName).HasMaxLength(200);
        builder.Property(m => m.FromAddress).HasMaxLength(254);
        builder.Property(m => m.To).HasMaxLength(1000);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.Folder).HasMaxLength(200);
        builder.Property(m => m.Notes).HasMaxLength(2000);
        builder.HasIndex(m => new { m.Status, m.Id });
        builder.HasIndex(m => new { m.RequestId, m.Id });
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.InboundMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InboundAttachmentConfiguration : IEntityTypeConfiguration<InboundAttachment>
{
    public void Configure(EntityTypeBuilder<InboundAttachment> builder)
    {
        builder.ToTable("InboxAttachments");
        builder.Property(a => a.StoredName).HasMaxLength(100);
        builder.Property(a => a.OriginalName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(200);
    }
}

internal sealed class MailboxCursorConfiguration : IEntityTypeConfiguration<MailboxCursor>
{
    public void Configure(EntityTypeBuilder<MailboxCursor> builder)
    {
        builder.ToTable("MailboxCursors");
        builder.HasKey(c => c.Folder);
        builder.Property(c => c.Folder).HasMaxLength(200);
        builder.Property(c => c.LeaseOwner).HasMaxLength(200);
    }
}

internal sealed class AppSecretConfiguration : IEntityTypeConfiguration<AppSecret>
{
    public void Configure(EntityTypeBuilder<AppSecret> builder)
    {
        builder.ToTable("Secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.Property(s => s.Value).HasMaxLength(200);
    }
}
