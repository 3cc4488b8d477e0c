using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;

namespace RequestTracker.Requests;

internal sealed class SendingRecordConfiguration : IEntityTypeConfiguration<SendingRecord>
{
    public void Configure(EntityTypeBuilder<SendingRecord> builder)
    {
        builder.ToTable("SendingRecords");
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(Lengths.Kind);
        builder.Property(s => s.MessageId).HasMaxLength(Lengths.MessageId);
        builder.Property(s => s.ProofName).HasMaxLength(Lengths.FileName);
        builder.Property(s => s.ProofType).HasMaxLength(Lengths.ContentType);
        builder.Property(s => s.RecordedBy).HasMaxLength(Lengths.UserId);
        // One sending per request: a second recording (two tabs, two replicas) fails the insert and changes nothing.
        builder.HasIndex(s => s.RequestId).IsUnique();
        builder.HasOne<Request>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
