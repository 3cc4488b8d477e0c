using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;
using RequestTracker.Requests;

namespace RequestTracker.Publishing;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.ToTable("Publications");
        builder.HasKey(p => p.RequestId);
        builder.Property(p => p.RequestId).ValueGeneratedNever();
        builder.HasOne<Request>().WithOne().HasForeignKey<Publication>(p => p.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.PublishedBy).HasMaxLength(Lengths.UserId);

        // The public lists: everything (the key, newest first), one authority's, one batch's.
        builder.HasIndex(p => new { p.AuthorityId, p.RequestId });
        builder.HasIndex(p => new { p.BatchId, p.RequestId });
    }
}
