using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RequestTracker.Data;

/// <summary>
/// A person who signs in: Identity's user with the details letters need. It lives with the DbContext, whose Identity
/// tables are built on it, so that Data depends on no feature; the Users feature manages these rows.
/// </summary>
internal sealed class AppUser : IdentityUser
{
    /// <summary>The person's full name, as letters sign it and the law requires a request to name its maker.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Where a reply may be posted (8-FZ art. 18 and 59-FZ art. 7 require it of a written request).</summary>
    public string PostalAddress { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    /// <summary>
    /// The language of this person's pages and of the emails the product sends them ("en", "ru"); empty until they
    /// choose, so their pages follow the browser's Accept-Language and their emails are in English.
    /// </summary>
    public string Language { get; set; } = string.Empty;
}

/// <summary>The columns this app adds to Identity's user table.</summary>
internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Lengths.Name);
        builder.Property(u => u.PostalAddress).HasMaxLength(Lengths.Address);
        builder.Property(u => u.Phone).HasMaxLength(Lengths.Phone);
        builder.Property(u => u.Language).HasMaxLength(Lengths.Language);
    }
}
