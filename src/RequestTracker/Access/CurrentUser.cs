using System.Security.Claims;

namespace RequestTracker.Access;

/// <summary>Who is asking, reduced to what per-record authorization needs.</summary>
internal sealed record CurrentUser(string Id, bool IsManager, bool IsAdmin)
{
    /// <summary>Managers and admins see and act on every request; advocates only on their own.</summary>
    public bool SeesAll => IsManager || IsAdmin;

    public bool CanManageAuthorities => IsManager || IsAdmin;

    public static CurrentUser From(ClaimsPrincipal principal) =>
        new(
            principal.FindFirstValue(ClaimTypes.NameIdentifier)
                ?? throw new InvalidOperationException("An authenticated principal has no name identifier."),
            principal.IsInRole(Roles.Manager),
            principal.IsInRole(Roles.Admin));
}
