using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Users;

namespace RequestTracker.Requests;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<Request>
{
    public void Configure(EntityTypeBuilder<Request> builder)
    {
        builder.Property(r => r.OwnerId).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Authority).WithMany().HasForeignKey(r => r.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Title).HasMaxLength(Request.TitleMaxLength);
        builder.Property(r => r.Body).HasMaxLength(Request.BodyMaxLength);
        builder.Property(r => r.LegalBasis).HasMaxLength(Request.LegalBasisMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.Questions).WithOne().HasForeignKey(q => q.RequestId).OnDelete(DeleteBehavior.Cascade);

        // One index per filter the list offers, each ending in Id so keyset paging is a range scan.
        builder.HasIndex(r => new { r.OwnerId, r.Id });
        builder.HasIndex(r => new { r.Status, r.Id });
        builder.HasIndex(r => new { r.AuthorityId, r.Id });
    }
}
