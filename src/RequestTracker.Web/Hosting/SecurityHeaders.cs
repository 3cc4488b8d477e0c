namespace RequestTracker.Web.Hosting;

/// <summary>
/// Security headers on every response, the framework's own errors included: they are added as the response
/// starts, so an exception handler that clears the response and writes a 400 or 500 still carries them.
/// Pages load nothing from elsewhere, so the CSP allows only 'self'; the API reference page (third-party
/// swagger-ui bundle) also needs inline script and style. Whatever an endpoint answers (API JSON, tokens,
/// pages with people's requests) is <c>no-store</c>: it is personal and must not sit in a shared cache.
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
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs") ? ApiDocsPolicy : PagePolicy;
            if (context.GetEndpoint() is not null && string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
