using System.Globalization;
using System.Net;
using System.Text.Json;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>Search through each provider's own full-text engine, kept by the database in the writing transaction.</summary>
public abstract class SearchApiTests(ApiApp app)
{
    [Fact]
    public async Task An_advocate_finds_a_request_by_a_word_of_the_authoritys_reply_and_no_one_else_does()
    {
        var word = Word();
        var (request, _) = await TestData.SendRequest(app.Client(TestUser.Manager), app.Client(TestUser.AdvocateA));
        var id = request.GetProperty("id").GetInt32();
        using var letter = new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(Today()), "receivedOn" },
            { new StringContent($"The {word} records are enclosed; the rest is refused."), "text" },
            { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "files", $"annex {word}.pdf" },
        };
        (await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{id}/replies", letter)).EnsureSuccessStatusCode();

        var hits = await Search(TestUser.AdvocateA, $"q={word}");

        Assert.Equal(["attachment", "received"], hits.Select(h => h.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.Equal(id, h.GetProperty("requestId").GetInt32()));
        var received = hits.Single(h => h.GetProperty("kind").GetString() == "received");
        Assert.Contains($"\u0002{word}\u0003", received.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(request.GetProperty("title").GetString(), received.GetProperty("requestTitle").GetString());
        Assert.Equal(2, (await Search(TestUser.AdvocateA, $"q={word[..9]}")).Count); // the beginning of a word is enough
        Assert.Single(await Search(TestUser.AdvocateA, $"q=enclosed+{word}")); // every word must appear, in the same item
        Assert.Empty(await Search(TestUser.AdvocateA, $"q={word}+absentword"));
        Assert.Empty(await Search(TestUser.AdvocateB, $"q={word}"));
        Assert.Equal(2, (await Search(TestUser.Manager, $"q={word}")).Count);
    }

    [Fact]
    public async Task Requests_questions_and_sent_email_are_found_and_an_edit_replaces_the_old_words()
    {
        var word = Word();
        var authority = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        using var filed = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", new
        {
            authorityId = authority,
            title = $"Draft {word}",
            body = "Please provide.",
            questions = new[] { new { category = "other", text = $"The {word}ian vote record" } },
        });
        var id = (await filed.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Equal(["question", "request"], (await Search(TestUser.AdvocateA, $"q={word}")).Select(h => h.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));

        var renamed = Word();
        using var edited = await app.Client(TestUser.AdvocateA).PutJson($"/api/requests/{id}", new
        {
            authorityId = authority,
            title = $"Sent {renamed}",
            body = "Please provide.",
            questions = new[] { new { category = "other", text = "The vote record" } },
        });
        edited.EnsureSuccessStatusCode();
        Assert.Empty(await Search(TestUser.AdvocateA, $"q={word}"));
        (await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{id}/send", null)).EnsureSuccessStatusCode();

        // The request email, once the worker has rendered it, is found by a word of its text.
        var sent = await Eventually.Get(
            async () => (await Search(TestUser.AdvocateA, $"q={renamed}&kind=sent")) is { Count: > 0 } found ? found : null,
            "the sent request email in the index");
        Assert.Equal(id, Assert.Single(sent).GetProperty("requestId").GetInt32());
        Assert.Single(await Search(TestUser.AdvocateA, $"q={renamed}&kind=request&status=sent&authorityId={authority}"));
        Assert.Empty(await Search(TestUser.AdvocateA, $"q={renamed}&status=draft"));
        Assert.Empty(await Search(TestUser.AdvocateA, $"q={renamed}&authorityId={authority + 100000}"));
        Assert.Empty(await Search(TestUser.AdvocateA, $"q={renamed}&from={DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("q=%21%21%21", "q")]
    [InlineData("q=vote&kind=letters", "kind")]
    [InlineData("q=vote&status=lost", "status")]
    [InlineData("q=vote&from=28.11.2026", "from")]
    [InlineData("q=vote&limit=0", "limit")]
    public async Task A_bad_search_names_the_field(string query, string field)
    {
        using var response = await app.Client(TestUser.AdvocateA).GetAsync($"/api/search?{query}");

        await response.Problem(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(vote record) OR *")]
    [InlineData("vote:* & !record | (")]
    [InlineData("'; DROP TABLE \"Requests\"; --")]
    public async Task Engine_syntax_in_a_query_is_only_words(string text)
    {
        using var response = await app.Client(TestUser.AdvocateA).GetAsync($"/api/search?q={Uri.EscapeDataString(text)}");

        Assert.Equal(JsonValueKind.Array, (await response.Json(HttpStatusCode.OK)).GetProperty("hits").ValueKind);
    }

    private async Task<List<JsonElement>> Search(TestUser user, string query)
    {
        using var response = await app.Client(user).GetAsync($"/api/search?{query}");
        return (await response.Json(HttpStatusCode.OK)).GetProperty("hits").EnumerateArray().ToList();
    }

    /// <summary>A word no other test writes: letters only, so it is one term in every engine.</summary>
    private static string Word() => "w" + string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 16))));

    private static string Today() =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(SqliteApi.Name)]
public sealed class SqliteSearchApiTests(SqliteApiApp app) : SearchApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresSearchApiTests(PostgresApiApp app) : SearchApiTests(app);
