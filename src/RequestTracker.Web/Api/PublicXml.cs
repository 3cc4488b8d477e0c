using System.Globalization;
using System.Text;
using System.Xml;
using RequestTracker.Publishing;

namespace RequestTracker.Web.Api;

/// <summary>The sitemap and an authority's Atom feed, as the UTF-8 bytes sent; links are absolute under <c>root</c>.</summary>
internal static class PublicXml
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Sitemap(string root, IEnumerable<(int Id, DateTime At)> requests, IEnumerable<int> authorities, IEnumerable<int> batches) => Write(writer =>
    {
        writer.WriteStartElement("urlset", Sitemaps);
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
    });

    public static byte[] Feed(string root, int authorityId, PublicFeed feed) => Write(writer =>
    {
        var self = $"{root}/public/authorities/{authorityId}/feed.atom";
        writer.WriteStartElement("feed", Atom);
        writer.WriteElementString("id", Atom, self);
        writer.WriteElementString("title", Atom, $"Published requests to {feed.AuthorityName} — RequestTracker");
        writer.WriteElementString("subtitle", Atom, $"Requests to {feed.AuthorityName} made public, and the documents it released.");
        writer.WriteElementString("updated", Atom, Instant(feed.Entries.Max(e => e.At)));
        Link(writer, self, "self");
        Link(writer, $"{root}/public/authorities/{authorityId}", "alternate");
        writer.WriteStartElement("author", Atom);
        writer.WriteElementString("name", Atom, "RequestTracker");
        writer.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            writer.WriteStartElement("entry", Atom);
            writer.WriteElementString("id", Atom, $"{root}/public/{entry.Id}");
            writer.WriteElementString("title", Atom, entry.Title);
            writer.WriteElementString("updated", Atom, Instant(entry.At));
            Link(writer, root + entry.Path, "alternate");
            writer.WriteElementString("summary", Atom, entry.Summary);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    private static byte[] Write(Action<XmlWriter> write)
    {
        // To bytes, never a string: over a StringBuilder the writer declares utf-16 whatever encoding is then sent,
        // and strict parsers refuse a UTF-8 body so declared. No byte order mark: some sitemap readers choke on one.
        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            write(writer);
        }

        return bytes.ToArray();
    }

    private static string Instant(DateTime at) => XmlConvert.ToString(at, XmlDateTimeSerializationMode.Utc);

    private static void Url(XmlWriter writer, string location, DateTime? modified)
    {
        writer.WriteStartElement("url");
        writer.WriteElementString("loc", location);
        if (modified is { } at)
        {
            writer.WriteElementString("lastmod", at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("rel", rel);
        writer.WriteEndElement();
    }
}
