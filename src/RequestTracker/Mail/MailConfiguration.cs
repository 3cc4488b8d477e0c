using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;
using RequestTracker.Mail.Intake;

namespace RequestTracker.Mail;

internal sealed class MailboxCursorConfiguration : IEntityTypeConfiguration<MailboxCursor>
{
    public void Configure(EntityTypeBuilder<MailboxCursor> builder)
    {
        builder.ToTable("MailboxCursors");
        builder.HasKey(c => c.Folder);
        builder.Property(c => c.Folder).HasMaxLength(Lengths.Folder);
        builder.Property(c => c.LeaseOwner).HasMaxLength(Lengths.LeaseOwner);
    }
}

internal sealed class AppSecretConfiguration : IEntityTypeConfiguration<AppSecret>
{
    public void Configure(EntityTypeBuilder<AppSecret> builder)
    {
        builder.ToTable("Secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(Lengths.SecretName);
        builder.Property(s => s.Value).HasMaxLength(Lengths.SecretValue);
    }
}
