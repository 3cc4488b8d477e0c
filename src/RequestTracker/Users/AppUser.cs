using Microsoft.AspNetCore.Identity;

namespace RequestTracker.Users;

internal sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;
}
