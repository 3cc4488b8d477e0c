namespace RequestTracker.Access;

/// <summary>The three roles. Managers and admins see every request; advocates only their own.</summary>
internal static class Roles
{
    public const string Advocate = "Advocate";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Advocate, Manager, Admin];

    public static string? Normalize(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
