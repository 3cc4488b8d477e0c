using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// The sitemap and the Atom feed as strict readers take them: from the bytes sent (so a declared encoding that is
/// not the one used fails), against the sitemap protocol's schema, RFC 4287's required elements, and feedparser.
/// Names and titles carry Cyrillic and an ampersand, which a wrong encoding or a missing escape would break.
/// </summary>
public abstract partial class PublicFeedTests(ApiApp app)
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_sitemap_is_utf8_and_valid_against_the_sitemap_protocol()
    {
        var published = await Publish();
        using var response = await app.Anonymous().GetAsync("/sitemap.xml");
        var bytes = await Body(response, "application/xml");

        var settings = Strict();
        settings.ValidationType = ValidationType.Schema;
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings; // an element the schema does not know is a warning
        settings.Schemas.Add(SitemapNs, Path.Combine(AppContext.BaseDirectory, "Api", "sitemap.xsd"));
        var problems = new List<string>();
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        var sitemap = Load(bytes, settings);

        Assert.Empty(problems);
        Assert.Equal("utf-8", sitemap.Declaration?.Encoding, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(XName.Get("urlset", SitemapNs), sitemap.Root!.Name);
        var page = sitemap.Root.Elements().Single(u => u.Element(XName.Get("loc", SitemapNs))!.Value.EndsWith($"/public/requests/{published.RequestId}", StringComparison.Ordinal));
        Assert.NotNull(page.Element(XName.Get("lastmod", SitemapNs)));
    }

    [Fact]
    public async Task The_atom_feed_is_utf8_names_its_authority_and_has_every_element_rfc_4287_requires()
    {
        var published = await Publish();
        using var response = await app.Anonymous().GetAsync(published.Feed);
        var feed = Load(await Body(response, "application/atom+xml"), Strict());

        Assert.Equal("utf-8", feed.Declaration?.Encoding, StringComparer.OrdinalIgnoreCase);
        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        AssertHeader(root, "feed");
        Assert.Contains(published.AuthorityName, root.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Single(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.True(root.Elements(Atom + "author").Any() || root.Elements(Atom + "entry").All(e => e.Elements(Atom + "author").Any()), "atom:feed needs an atom:author, or every entry one");
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count); // the request published, the document released
        foreach (var entry in entries)
        {
            AssertHeader(entry, "entry");
            Assert.True(entry.Elements(Atom + "content").Any() || entry.Elements(Atom + "link").Any(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate"),
                "an atom:entry without atom:content needs an alternate atom:link");
            Assert.All(entry.Elements(Atom + "link"), l => Assert.True(Uri.IsWellFormedUriString((string?)l.Attribute("href"), UriKind.Absolute)));
        }

        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.Contains(entries, e => e.Element(Atom + "title")!.Value.Contains(published.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feedparser_reads_the_atom_feed_without_a_complaint()
    {
        var published = await Publish();
        using var response = await app.Anonymous().GetAsync(published.Feed);
        var bytes = await Body(response, "application/atom+xml");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, bytes);
            // Read twice: as fetched, with the Content-Type the app sent (its charset outranks the declaration), and
            // as a saved file, where only the XML declaration tells the encoding.
            var (exit, output) = await DebianPython.Run(
                """
                import json, sys, feedparser
                def read(**headers):
                    d = feedparser.parse(sys.argv[1], **headers)
                    return {'bozo': int(bool(d.bozo)), 'problem': repr(d.get('bozo_exception')), 'version': d.version,
                            'encoding': d.get('encoding'), 'title': d.feed.get('title'), 'entries': len(d.entries)}
                print(json.dumps({'fetched': read(response_headers={'content-type': sys.argv[2]}), 'saved': read()}))
                """,
                file, response.Content.Headers.ContentType!.ToString());
            Assert.True(exit == 0, output);
            foreach (var way in new[] { "saved", "fetched" })
            {
                var read = JsonDocument.Parse(output).RootElement.GetProperty(way);
                Assert.True(read.GetProperty("bozo").GetInt32() == 0, $"{way}: {output}");
                Assert.Equal("atom10", read.GetProperty("version").GetString());
                Assert.Equal("utf-8", read.GetProperty("encoding").GetString(), StringComparer.OrdinalIgnoreCase);
                Assert.Contains(published.AuthorityName, read.GetProperty("title").GetString(), StringComparison.Ordinal);
                Assert.Equal(2, read.GetProperty("entries").GetInt32());
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Head_answers_the_sitemap_robots_and_the_feed_with_the_headers_of_get_and_no_body()
    {
        var published = await Publish();
        var anonymous = app.Anonymous();
        foreach (var path in new[] { "/sitemap.xml", "/robots.txt", published.Feed })
        {
            using var get = await anonymous.GetAsync(path);
            var body = await get.Content.ReadAsByteArrayAsync();
            using var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

            Assert.True(head.StatusCode == HttpStatusCode.OK, $"HEAD {path}: {(int)head.StatusCode}");
            Assert.NotNull(head.Content.Headers.ContentType);
            Assert.Equal(Headers(get), Headers(head));
            Assert.Equal(body.Length, get.Content.Headers.ContentLength);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    private sealed record Published(int RequestId, string Title, string AuthorityName, string Feed);

    /// <summary>A request published with a released document, to an authority whose name needs UTF-8 and escaping.</summary>
    private async Task<Published> Publish()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var name = $"Министерство иностранных дел & «архив» {Guid.NewGuid():N}";
        int authorityId;
        using (var created = await manager.PostJson("/api/authorities", TestData.Authority(name)))
        {
            authorityId = (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        }

        const string title = "Collective Security Treaty «Договор»: <documents> & votes"; // English, as its authority corresponds in it, with Cyrillic and markup to encode
        var id = (await TestData.CreateRequest(advocate, authorityId, title)).GetProperty("id").GetInt32();
        using (var sent = await advocate.PostAsync($"/api/requests/{id}/send", null))
        {
            await sent.Json(HttpStatusCode.OK);
        }

        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var scan = new ByteArrayContent("%PDF-1.4\n% the released record\n%%EOF\n"u8.ToArray());
        scan.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using (var letter = await advocate.PostAsync($"/api/requests/{id}/replies", new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(today), "receivedOn" },
            { new StringContent("The record is enclosed."), "text" },
            { scan, "files", "запись.pdf" },
        }))
        {
            await letter.Json(HttpStatusCode.OK);
        }

        using (var publish = await advocate.PostAsync($"/api/requests/{id}/publish", null))
        {
            await publish.Json(HttpStatusCode.OK);
        }

        return new Published(id, title, name, $"/public/authorities/{authorityId}/feed.atom");
    }

    private static async Task<byte[]> Body(HttpResponseMessage response, string mediaType)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet, StringComparer.OrdinalIgnoreCase);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith("<?xml"u8), "The document starts with its XML declaration (no byte order mark).");
        return bytes;
    }

    /// <summary>No DTD, no entity expansion, every character checked: a parser that trusts nothing.</summary>
    private static XmlReaderSettings Strict() => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CheckCharacters = true, ConformanceLevel = ConformanceLevel.Document };

    private static XDocument Load(byte[] bytes, XmlReaderSettings settings)
    {
        // From a stream, so the parser itself decides the encoding from the bytes and the declaration.
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        return XDocument.Load(reader);
    }

    /// <summary>RFC 4287 4.1.1 and 4.1.2: exactly one atom:id (an absolute IRI), atom:title and atom:updated (an RFC 3339 date-time).</summary>
    private static void AssertHeader(XElement element, string what)
    {
        foreach (var name in new[] { "id", "title", "updated" })
        {
            Assert.True(element.Elements(Atom + name).Count() == 1, $"atom:{what} has exactly one atom:{name}");
        }

        Assert.True(Uri.IsWellFormedUriString(element.Element(Atom + "id")!.Value, UriKind.Absolute), $"atom:{what}'s atom:id is an absolute IRI");
        Assert.NotEqual(string.Empty, element.Element(Atom + "title")!.Value.Trim());
        Assert.Matches(Rfc3339(), element.Element(Atom + "updated")!.Value);
    }

    private static List<string> Headers(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).Where(h => h.Key != "Date")
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}").Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}

[Collection(SqliteApi.Name)]
public sealed class SqlitePublicFeedTests(SqliteApiApp app) : PublicFeedTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresPublicFeedTests(PostgresApiApp app) : PublicFeedTests(app);
