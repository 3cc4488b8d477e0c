using System.Text;
using System.Xml;
using RequestTracker.Publishing;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

/// <summary>What the public pages serve besides pages: released attachments, an Atom feed per authority, the sitemap, robots.txt.</summary>
internal static class PublicEndpoints
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/public/requests/{id:int}/attachments/{attachmentId:long}", async (int id, long attachmentId, PublicReads reads, CancellationToken ct) =>
            await reads.Attachment(id, attachmentId, ct) is { } file
                ? Results.File(file.Content, "application/octet-stream", file.Name) // a download, never rendered in the site's origin
                : Results.NotFound());
        group.MapGet("/public/authorities/{id:int}/feed.atom", async (int id, HttpContext http, PublicReads reads, AppUrl url, CancellationToken ct) =>
        {
            var entries = await reads.Feed(id, ct);
            if (entries.Count == 0)
            {
                return Results.NotFound();
            }

            var root = Root(http, url);
            return Results.Text(Feed(root, id, entries), "application/atom+xml; charset=utf-8");
        });
        group.MapGet("/sitemap.xml", async (HttpContext http, PublicReads reads, AppUrl url, CancellationToken ct) =>
        {
            var (requests, authorities, batches) = await reads.Pages(ct);
            var root = Root(http, url);
            var xml = new StringBuilder();
            using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
            {
                writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                Url(writer, $"{root}/public", null);
                foreach (var (requestId, at) in requests)
                {
                    Url(writer, $"{root}/public/requests/{requestId}", at);
                }

                foreach (var authority in authorities)
                {
                    Url(writer, $"{root}/public/authorities/{authority}", null);
                }

                foreach (var batch in batches)
                {
                    Url(writer, $"{root}/public/batches/{batch}", null);
                }

                writer.WriteEndElement();
            }

            return Results.Text(xml.ToString(), "application/xml; charset=utf-8");
        });
        group.MapGet("/robots.txt", (HttpContext http, AppUrl url) =>
            Results.Text($"User-agent: *\nAllow: /public\nDisallow: /\nSitemap: {Root(http, url)}/sitemap.xml\n", "text/plain; charset=utf-8"));
    }

    /// <summary>Absolute links need a base: App:PublicUrl where set (it should be, for a public site), else the address asked for.</summary>
    private static string Root(HttpContext http, AppUrl url) => url.ForSignedIn(http.Request).ToString().TrimEnd('/');

    private static void Url(XmlWriter writer, string location, DateTime? modified)
    {
        writer.WriteStartElement("url");
        writer.WriteElementString("loc", location);
        if (modified is { } at)
        {
            writer.WriteElementString("lastmod", at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteEndElement();
    }

    private static string Feed(string root, int authorityId, IReadOnlyList<FeedEntry> entries)
    {
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true }))
        {
            writer.WriteStartElement("feed", Atom);
            writer.WriteElementString("id", Atom, $"{root}/public/authorities/{authorityId}/feed.atom");
            writer.WriteElementString("title", Atom, "Published requests and released documents");
            writer.WriteElementString("updated", Atom, XmlConvert.ToString(entries.Max(e => e.At), XmlDateTimeSerializationMode.Utc));
            Link(writer, $"{root}/public/authorities/{authorityId}/feed.atom", "self");
            Link(writer, $"{root}/public/authorities/{authorityId}", "alternate");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, "RequestTracker");
            writer.WriteEndElement();
            foreach (var entry in entries)
            {
                writer.WriteStartElement("entry", Atom);
                writer.WriteElementString("id", Atom, $"{root}/public/{entry.Id}");
                writer.WriteElementString("title", Atom, entry.Title);
                writer.WriteElementString("updated", Atom, XmlConvert.ToString(entry.At, XmlDateTimeSerializationMode.Utc));
                Link(writer, root + entry.Path, "alternate");
                writer.WriteElementString("summary", Atom, entry.Summary);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return xml.ToString();
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("rel", rel);
        writer.WriteEndElement();
    }
}
