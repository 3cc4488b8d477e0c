using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;

namespace RequestTracker.Replies;

internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> builder)
    {
        builder.ToTable("Inbox");
        builder.Property(m => m.MessageId).HasMaxLength(Lengths.MessageId);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(Lengths.Status);
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(Lengths.Status).HasDefaultValue(ReplyChannel.Email);
        builder.Property(m => m.RecordedBy).HasMaxLength(Lengths.UserId);
        builder.Property(m => m.MatchedBy).HasMaxLength(Lengths.Kind);
        builder.Property(m => m.FromName).HasMaxLength(Lengths.Name);
        builder.Property(m => m.FromAddress).HasMaxLength(Lengths.Email);
        builder.Property(m => m.To).HasMaxLength(Lengths.Recipients);
        builder.Property(m => m.Subject).HasMaxLength(Lengths.Subject);
        builder.Property(m => m.Folder).HasMaxLength(Lengths.Folder);
        builder.Property(m => m.Notes).HasMaxLength(Lengths.MailNotes);
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
        builder.Property(a => a.StoredName).HasMaxLength(Lengths.StoredName);
        builder.Property(a => a.OriginalName).HasMaxLength(Lengths.FileName);
        builder.Property(a => a.ContentType).HasMaxLength(Lengths.ContentType);
    }
}
