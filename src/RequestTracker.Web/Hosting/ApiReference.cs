using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RequestTracker.Web.Hosting;

internal enum ApiReferenceAccess
{
    /// <summary>Anyone may read the OpenAPI document and the reference page.</summary>
    Anonymous,

    /// <summary>Only a signed-in user (cookie or bearer token).</summary>
    SignedIn,

    /// <summary>Not served at all.</summary>
    Off,
}

internal sealed class ApiReferenceOptions
{
    public const string Section = "Api:Reference";

    /// <summary>Unset: anonymous in Development, signed-in elsewhere (the document maps the attack surface).</summary>
    public ApiReferenceAccess? Access { get; set; }
}

/// <summary>
/// Guards <c>/openapi</c> and <c>/api-docs</c> as <see cref="ApiReferenceOptions"/> says. A middleware, not an
/// endpoint policy, because the reference page is served by swagger-ui's own middleware.
/// </summary>
internal sealed class ApiReferenceGate(RequestDelegate next, IOptions<ApiReferenceOptions> options, IWebHostEnvironment environment)
{
    private readonly ApiReferenceAccess _access =
        options.Value.Access ?? (environment.IsDevelopment() ? ApiReferenceAccess.Anonymous : ApiReferenceAccess.SignedIn);

    public async Task InvokeAsync(HttpContext context)
    {
        var page = context.Request.Path.StartsWithSegments("/api-docs");
        if (_access == ApiReferenceAccess.Anonymous || !(page || context.Request.Path.StartsWithSegments("/openapi")))
        {
            await next(context);
            return;
        }

        if (_access == ApiReferenceAccess.Off)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (await SignedIn(context, IdentityConstants.ApplicationScheme) || await SignedIn(context, IdentityConstants.BearerScheme))
        {
            await next(context);
            return;
        }

        // A browser is sent to sign in; a tool fetching the document gets 401.
        await context.ChallengeAsync(page ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme);
    }

    private static async Task<bool> SignedIn(HttpContext context, string scheme) =>
        (await context.AuthenticateAsync(scheme)).Principal?.Identities.Any(i => i.IsAuthenticated) == true;
}
