using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RequestTracker.Data;

namespace RequestTracker.Authorities;

internal sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> builder)
    {
        builder.ToTable("Authorities");
        builder.Property(a => a.Name).HasMaxLength(Lengths.Name);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.Property(a => a.Jurisdiction).HasMaxLength(Lengths.Jurisdiction);
        builder.Property(a => a.ContactEmail).HasMaxLength(Lengths.Email);
        builder.Property(a => a.TimeZone).HasMaxLength(Lengths.TimeZone);
        builder.Property(a => a.LawId).HasMaxLength(Lengths.DefinitionId);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Language).HasMaxLength(Lengths.Language);
        builder.Property(a => a.LetterName).HasMaxLength(Lengths.Name);
        builder.Property(a => a.Addressee).HasMaxLength(Lengths.Name);
        builder.Property(a => a.PostalAddress).HasMaxLength(Lengths.Address);
        builder.OwnsMany(a => a.EscalationContacts, contact =>
        {
            contact.ToTable("EscalationContacts");
            contact.WithOwner().HasForeignKey("AuthorityId");
            contact.HasKey("AuthorityId", nameof(EscalationContact.Position));
            contact.Property(c => c.Position).ValueGeneratedNever();
            contact.Property(c => c.Kind).HasConversion<string>().HasMaxLength(Lengths.Kind);
            contact.Property(c => c.Name).HasMaxLength(Lengths.Name);
            contact.Property(c => c.Email).HasMaxLength(Lengths.Email);
            contact.Property(c => c.Addressee).HasMaxLength(Lengths.Name);
        });
    }
}
