using Microsoft.AspNetCore.Identity;

namespace RequestTracker.Users;

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
