using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;

namespace RequestTracker.Requests;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<Request>
{
    public void Configure(EntityTypeBuilder<Request> builder)
    {
        builder.ToTable("Requests");
        builder.Property(r => r.OwnerId).HasMaxLength(Lengths.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Authority).WithMany().HasForeignKey(r => r.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Title).HasMaxLength(Lengths.Title);
        builder.Property(r => r.Body).HasMaxLength(Lengths.Body);
        builder.Property(r => r.LegalBasis).HasMaxLength(Lengths.LegalBasis);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(Lengths.Kind);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.Questions).WithOne().HasForeignKey(q => q.RequestId).OnDelete(DeleteBehavior.Cascade);

        // One index per filter the list offers, each ending in Id so keyset paging is a range scan.
        builder.HasIndex(r => new { r.OwnerId, r.Id });
        builder.HasIndex(r => new { r.Status, r.Id });
        builder.HasIndex(r => new { r.AuthorityId, r.Id });
        builder.HasIndex(r => new { r.BatchId, r.Id }); // a batch's requests
        // Where a request's questions were passed on: one seek from its page. No foreign key: on SQLite adding one rebuilds
        // the whole table, and the only writer (TransferQuestions) sets it to a request it has just read.
        builder.HasIndex(r => r.TransferredFromId).HasFilter("\"TransferredFromId\" IS NOT NULL"); // the few transferred (see Questions.OriginId)
    }
}
