namespace RequestTracker.Web.Hosting;

/// <summary>
/// Security headers on every response. Pages load nothing from elsewhere, so the CSP allows only 'self';
/// the API reference page (third-party swagger-ui bundle) also needs inline script and style.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs") ? ApiDocsPolicy : PagePolicy;
        return next(context);
    }
}
