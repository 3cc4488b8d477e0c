namespace RequestTracker.Web.Hosting;

/// <summary>API policies authenticate with bearer tokens only: a browser cookie never authorizes an API call (no CSRF).</summary>
internal static class ApiPolicies
{
    public const string User = "api-user";
    public const string Manager = "api-manager";
    public const string Admin = "api-admin";

    /// <summary>Pages for managers and admins (cookie sign-in).</summary>
    public const string ManagerPages = "pages-manager";

    /// <summary>Pages for admins only (user accounts).</summary>
    public const string AdminPages = "pages-admin";
}
