using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>Publishing: what the public (no cookie, no token) sees of a published request, and everything it must not.</summary>
public abstract class PublicPagesTests(ApiApp app)
{
    private static readonly byte[] Released = "%PDF-1.4\n% the released record\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Cover = "%PDF-1.4\n% internal cover note\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_published_request_shows_its_released_documents_and_nothing_private_and_unpublishing_is_immediate()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var anonymous = app.Anonymous();
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        var title = request.GetProperty("title").GetString()!;
        var (letter, released, cover) = await RecordLetter(advocate, id);
        using (var hide = await advocate.PutJson($"/api/requests/{id}/attachments/{cover}/private", new { @private = true }))
        {
            await hide.Json(HttpStatusCode.OK);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/requests/{id}")).StatusCode); // nothing is public by default
        using (var publish = await advocate.PostAsync($"/api/requests/{id}/publish", null))
        {
            var published = (await publish.Json(HttpStatusCode.OK))[0];
            Assert.False(published.GetProperty("embargoed").GetBoolean());
        }

        var page = await anonymous.GetStringAsync($"/public/requests/{id}");
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains("Received by post</strong> on <time datetime=\"", page, StringComparison.Ordinal); // the day it arrived, not when it was typed in
        Assert.Contains($"/public/requests/{id}/attachments/{released}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/attachments/{cover}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cover-note.pdf", page, StringComparison.Ordinal);
        Assert.DoesNotContain("@test.example.org", page, StringComparison.Ordinal); // no user's address
        Assert.DoesNotContain($"+r{id}.", page, StringComparison.Ordinal); // no reply address with its token
        Assert.DoesNotContain("officer@ministry.example.org", page, StringComparison.Ordinal); // an address in a reply's text is withheld too
        Assert.DoesNotContain("noindex", page, StringComparison.Ordinal);
        Assert.Contains("rel=\"canonical\"", page, StringComparison.Ordinal);
        Assert.Equal(Released, await anonymous.GetByteArrayAsync($"/public/requests/{id}/attachments/{released}"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/requests/{id}/attachments/{cover}")).StatusCode);

        // The lists, the feed, the sitemap and the search show it, and never the private attachment.
        Assert.Contains($"/public/requests/{id}\"", await anonymous.GetStringAsync("/public"), StringComparison.Ordinal);
        var authorityId = request.GetProperty("authorityId").GetInt32();
        var feed = await anonymous.GetStringAsync($"/public/authorities/{authorityId}/feed.atom");
        Assert.Contains($"/public/requests/{id}/attachments/{released}", feed, StringComparison.Ordinal);
        Assert.DoesNotContain($"/attachments/{cover}", feed, StringComparison.Ordinal);
        Assert.Contains($"/public/requests/{id}</loc>", await anonymous.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains($"/public/requests/{id}\"", await anonymous.GetStringAsync("/public?q=ledger"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/public/requests/{id}\"", await anonymous.GetStringAsync("/public?q=cover"), StringComparison.Ordinal);

        // Only public pages may be indexed.
        using (var signIn = await anonymous.GetAsync("/login"))
        {
            Assert.Contains("noindex", signIn.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        }

        using (var publicPage = await anonymous.GetAsync($"/public/requests/{id}"))
        {
            Assert.False(publicPage.Headers.Contains("X-Robots-Tag"));
        }

        using (var unpublish = await advocate.PostAsync($"/api/requests/{id}/unpublish", null))
        {
            await unpublish.Json(HttpStatusCode.OK);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/requests/{id}/attachments/{released}")).StatusCode);
        Assert.DoesNotContain($"/public/requests/{id}<", await anonymous.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        using var journal = await advocate.GetAsync($"/api/questions/{questions[0]}/journal");
        var events = (await journal.Json(HttpStatusCode.OK)).EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
        Assert.Equal(["published", "unpublished"], events.Where(e => e is "published" or "unpublished").ToList());
        Assert.True(letter > 0);
    }

    [Fact]
    public async Task An_embargoed_request_is_not_public_before_its_day_and_drafts_withdrawn_and_others_requests_cannot_be_published()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var anonymous = app.Anonymous();
        var (request, _) = await TestData.SendRequest(manager, advocate);
        var id = request.GetProperty("id").GetInt32();
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using (var publish = await advocate.PostJson($"/api/requests/{id}/publish", new { from = tomorrow }))
        {
            Assert.True((await publish.Json(HttpStatusCode.OK))[0].GetProperty("embargoed").GetBoolean());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/requests/{id}")).StatusCode);
        Assert.DoesNotContain($"/public/requests/{id}\"", await anonymous.GetStringAsync("/public"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/public/requests/{id}<", await anonymous.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        using (var badDay = await advocate.PostJson($"/api/requests/{id}/publish", new { from = "next week" }))
        {
            await badDay.Problem(HttpStatusCode.BadRequest, "from");
        }

        using (var nulDay = await advocate.PostJson($"/api/requests/{id}/publish", new { from = tomorrow + "\u0000" }))
        {
            await nulDay.Problem(HttpStatusCode.BadRequest, "from"); // both date parsers take a NUL for the end of the text
        }

        var draft = (await TestData.CreateRequest(advocate, request.GetProperty("authorityId").GetInt32())).GetProperty("id").GetInt32();
        using (var draftPublish = await advocate.PostAsync($"/api/requests/{draft}/publish", null))
        {
            await draftPublish.Problem(HttpStatusCode.Conflict);
        }

        using (var other = await app.Client(TestUser.AdvocateB).PostAsync($"/api/requests/{id}/publish", null))
        {
            await other.Problem(HttpStatusCode.NotFound);
        }

        // A published request that is withdrawn stops being public, and cannot be published again.
        using (var now = await advocate.PostAsync($"/api/requests/{id}/publish", null))
        {
            await now.Json(HttpStatusCode.OK);
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/public/requests/{id}")).StatusCode);
        using (var withdraw = await advocate.PostJson($"/api/requests/{id}/withdraw", new { reason = "Done." }))
        {
            await withdraw.Json(HttpStatusCode.OK);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/requests/{id}")).StatusCode);
        using var again = await advocate.PostAsync($"/api/requests/{id}/publish", null);
        await again.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_address_typed_into_any_text_is_withheld_on_the_public_page_its_feed_and_the_public_search()
    {
        const string Local = "whistle.blower7";
        const string Address = Local + "@example.net";
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var anonymous = app.Anonymous();
        var word = $"minutes{Guid.NewGuid():N}"[..16]; // found only in this request
        using var authority = await manager.PostJson("/api/authorities", TestData.Authority($"Ministry {Guid.NewGuid():N} (press: {Address})"));
        var authorityId = (await authority.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        using var filed = await advocate.PostJson("/api/requests", new
        {
            authorityId,
            title = $"The {word} sent by {Address}",
            body = $"Write to {Address} with questions.",
            legalBasis = $"As {Address} was told",
            questions = new[] { new { category = "timeline", text = $"When did {Address} send the {word}?" } },
        });
        var id = (await filed.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        using (var send = await advocate.PostAsync($"/api/requests/{id}/send", null))
        {
            await send.Json(HttpStatusCode.OK);
        }

        var form = new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "receivedOn" },
            { new StringContent($"Clerk {Address}"), "fromName" },
            { new StringContent($"Re: the {word} ({Address})"), "subject" },
            { new StringContent($"The {word} are enclosed. {Address}"), "text" },
        };
        form.Add(new ByteArrayContent(Released) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "files", $"{Address}.pdf");
        using (var recorded = await advocate.PostAsync($"/api/requests/{id}/replies", form))
        {
            await recorded.Json(HttpStatusCode.OK);
        }

        using (var publish = await advocate.PostAsync($"/api/requests/{id}/publish", null))
        {
            await publish.Json(HttpStatusCode.OK);
        }

        var shown = new Dictionary<string, string>
        {
            ["the request page"] = await anonymous.GetStringAsync($"/public/requests/{id}"),
            ["the authority's page"] = await anonymous.GetStringAsync($"/public/authorities/{authorityId}"),
            ["the public list"] = await anonymous.GetStringAsync("/public"),
            ["the feed"] = await anonymous.GetStringAsync($"/public/authorities/{authorityId}/feed.atom"),
            ["the search"] = await anonymous.GetStringAsync($"/public?q={word}"),
        };
        foreach (var (where, text) in shown)
        {
            Assert.False(text.Contains(Local, StringComparison.OrdinalIgnoreCase), $"{Address} is shown on {where}.");
        }

        Assert.Contains("[address withheld]", shown["the request page"], StringComparison.Ordinal);
        Assert.Contains($"/public/requests/{id}\"", shown["the search"], StringComparison.Ordinal);
        // Searching for the address itself finds nothing: a hit would tell who wrote to whom.
        Assert.DoesNotContain($"/public/requests/{id}\"", await anonymous.GetStringAsync($"/public?q={Local}"), StringComparison.Ordinal);
    }

    private static async Task<(long Letter, long Released, long Cover)> RecordLetter(HttpClient advocate, int id)
    {
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var form = new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(today), "receivedOn" },
            { new StringContent("The record is in the enclosed ledger; write to officer@ministry.example.org with questions."), "text" },
        };
        foreach (var (name, bytes) in new[] { ("record.pdf", Released), ("cover-note.pdf", Cover) })
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "files", name);
        }

        using var recorded = await advocate.PostAsync($"/api/requests/{id}/replies", form);
        var letter = (await recorded.Json(HttpStatusCode.OK)).GetProperty("id").GetInt64();
        using var read = await advocate.GetAsync($"/api/requests/{id}/correspondence");
        var attachments = (await read.Json(HttpStatusCode.OK)).EnumerateArray().Single(m => m.GetProperty("id").GetInt64() == letter && m.GetProperty("direction").GetString() == "received")
            .GetProperty("attachments").EnumerateArray().ToList();
        return (letter, attachments.Single(a => a.GetProperty("originalName").GetString() == "record.pdf").GetProperty("id").GetInt64(),
            attachments.Single(a => a.GetProperty("originalName").GetString() == "cover-note.pdf").GetProperty("id").GetInt64());
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqlitePublicPagesTests(SqliteApiApp app) : PublicPagesTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresPublicPagesTests(PostgresApiApp app) : PublicPagesTests(app);
