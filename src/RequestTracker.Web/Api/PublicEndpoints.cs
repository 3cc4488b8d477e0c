using RequestTracker.Publishing;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

/// <summary>What the public pages serve besides pages: released attachments, an Atom feed per authority, the sitemap, robots.txt.</summary>
internal static class PublicEndpoints
{
    // Crawlers and feed readers ask HEAD to see whether a document changed; ASP.NET Core does not add it to a GET
    // route by itself. Kestrel sends HEAD's headers (Content-Length included) and drops the body.
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/public/requests/{id:int}/attachments/{attachmentId:long}", async (int id, long attachmentId, PublicReads reads, CancellationToken ct) =>
            await reads.Attachment(id, attachmentId, ct) is { } file
                ? Results.File(file.Content, "application/octet-stream", file.Name) // a download, never rendered in the site's origin
                : Results.NotFound());
        group.MapMethods("/public/authorities/{id:int}/feed.atom", GetOrHead, async (int id, HttpContext http, PublicReads reads, AppUrl url, CancellationToken ct) =>
            await reads.Feed(id, ct) is { } feed
                ? Results.Bytes(PublicXml.Feed(Root(http, url), id, feed), "application/atom+xml; charset=utf-8")
                : Results.NotFound());
        group.MapMethods("/sitemap.xml", GetOrHead, async (HttpContext http, PublicReads reads, AppUrl url, CancellationToken ct) =>
        {
            var (requests, authorities, batches) = await reads.Pages(ct);
            return Results.Bytes(PublicXml.Sitemap(Root(http, url), requests, authorities, batches), "application/xml; charset=utf-8");
        });
        group.MapMethods("/robots.txt", GetOrHead, (HttpContext http, AppUrl url) =>
            Results.Text($"User-agent: *\nAllow: /public\nDisallow: /\nSitemap: {Root(http, url)}/sitemap.xml\n", "text/plain; charset=utf-8"));
    }

    /// <summary>Absolute links need a base: App:PublicUrl where set (it should be, for a public site), else the address asked for.</summary>
    private static string Root(HttpContext http, AppUrl url) => url.ForSignedIn(http.Request).ToString().TrimEnd('/');
}
