using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;
using RequestTracker.Requests;

namespace RequestTracker.Batches;

internal sealed class BatchConfiguration : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> builder)
    {
        builder.ToTable("Batches");
        builder.Property(b => b.OwnerId).HasMaxLength(Lengths.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany<Request>().WithOne().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Title).HasMaxLength(Lengths.Title);

        // The list pages by owner, newest first.
        builder.HasIndex(b => new { b.OwnerId, b.Id });
    }
}
