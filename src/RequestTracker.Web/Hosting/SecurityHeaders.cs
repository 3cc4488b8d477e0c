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

    /// <summary>
    /// An email's HTML shown in a page's frame: its own inline styles and nothing else (no script, no request
    /// anywhere), sandboxed, framable only by the app's own pages. The page's policy would block the styles.
    /// </summary>
    private const string EmailPreviewPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'";

    private static readonly object EmailPreviewKey = new();

    /// <summary>Marks this response as an email preview, served under <see cref="EmailPreviewPolicy"/>.</summary>
    public static void ServeAsEmailPreview(HttpContext context) => context.Items[EmailPreviewKey] = true;

    /// <summary>The pages anyone may read and search engines may index: published requests, their lists, feeds and the sitemap.</summary>
    public static bool IsPublic(PathString path) =>
        path.StartsWithSegments("/public") || path == "/sitemap.xml" || path == "/robots.txt";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            var preview = context.Items.ContainsKey(EmailPreviewKey);
            headers.XFrameOptions = preview ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = preview ? EmailPreviewPolicy : context.Request.Path.StartsWithSegments("/api-docs") ? ApiDocsPolicy : PagePolicy;
            // Search engines index the public pages only; every other answer says so itself (files and API answers have no <meta>).
            if (!IsPublic(context.Request.Path))
            {
                headers["X-Robots-Tag"] = "noindex, nofollow";
            }

            if (context.GetEndpoint() is not null && string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
