using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Handling;

namespace RequestTracker.Authorities;

internal sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Authority.NameMaxLength);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.Property(a => a.Jurisdiction).HasMaxLength(Authority.JurisdictionMaxLength);
        builder.Property(a => a.ContactEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(a => a.TimeZone).HasMaxLength(Authority.TimeZoneMaxLength);
        builder.Property(a => a.LawId).HasMaxLength(Authority.LawIdMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.OwnsMany(a => a.EscalationContacts, contact =>
        {
            contact.ToTable("EscalationContacts");
            contact.WithOwner().HasForeignKey("AuthorityId");
            contact.HasKey("AuthorityId", nameof(EscalationContact.Position));
            contact.Property(c => c.Position).ValueGeneratedNever();
            contact.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
            contact.Property(c => c.Name).HasMaxLength(Authority.NameMaxLength);
            contact.Property(c => c.Email).HasMaxLength(EmailAddress.MaxLength);
        });
    }
}
