using RequestTracker.Runtime;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// What a letter must be before it leaves: in a language the authority's law takes, carrying the requester's details
/// the law requires; and what the advocate writes in their own words: framed, shown, sent only when sent.
/// </summary>
public abstract class LetterApiTests(ApiApp app)
{
    [Fact]
    public async Task A_request_in_a_language_the_authoritys_law_does_not_take_is_refused_naming_the_field_and_nothing_is_filed()
    {
        using var created = await app.Client(TestUser.Manager).PostJson("/api/authorities", TestData.RussianAuthority());
        var authority = (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        using var english = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", TestData.Request(authority));
        using var declared = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", WithLanguage(TestData.Request(authority), "en"));

        var problem = await english.Problem(HttpStatusCode.BadRequest, "title", "body", "questions[0].text");
        Assert.Contains("not in Russian", problem.GetProperty("errors").GetProperty("title")[0].GetString(), StringComparison.Ordinal);
        var language = await declared.Problem(HttpStatusCode.BadRequest, "language");
        Assert.Contains("write in Russian ('ru')", language.GetProperty("errors").GetProperty("language")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_under_8_FZ_without_the_requesters_postal_address_is_not_sent_and_stays_a_draft()
    {
        var (client, _) = await NewAdvocate();
        using var created = await app.Client(TestUser.Manager).PostJson("/api/authorities", TestData.RussianAuthority());
        var authority = (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var draft = (await TestData.CreateRussianRequest(client, authority)).GetProperty("id").GetInt32();

        using var refused = await client.PostAsync($"/api/requests/{draft}/send", null);
        var problem = await refused.Problem(HttpStatusCode.UnprocessableEntity, "requester.postalAddress");
        Assert.Contains("Federal Law No. 59-FZ art. 7(1)", problem.GetProperty("errors").GetProperty("requester.postalAddress")[0].GetString(), StringComparison.Ordinal);
        using (var still = await client.GetAsync($"/api/requests/{draft}"))
        {
            Assert.Equal("draft", (await still.Json(HttpStatusCode.OK)).GetProperty("status").GetString());
        }

        using (var profile = await client.PutJson("/api/profile", new { displayName = "Мария Иванова", postalAddress = "119002, г. Москва, ул. Арбат, д. 1", phone = "", language = "ru" }))
        {
            await profile.Json(HttpStatusCode.OK);
        }

        using var sent = await client.PostAsync($"/api/requests/{draft}/send", null);
        Assert.Equal("sent", (await sent.Json(HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_follow_up_in_the_advocates_words_is_framed_shown_and_sent_once_only_when_sent()
    {
        var (request, _) = await TestData.SendRequest(app.Client(TestUser.Manager), app.Client(TestUser.AdvocateA));
        var id = request.GetProperty("id").GetInt32();
        var advocate = app.Client(TestUser.AdvocateA);

        using var written = await advocate.PostJson($"/api/requests/{id}/letters", new { purpose = "followUp", text = "Could you tell me when the minutes will be available?" });
        var letterId = (await written.Json(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var letter = await Read(advocate, $"/api/requests/{id}/letters/{letterId}");

        Assert.Equal("Draft", letter.GetProperty("status").GetString());
        Assert.Contains($"Further to my request RT-{id} of ", letter.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Could you tell me when the minutes will be available?", letter.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Outgoing(id, letterId));

        using var russian = await advocate.PostJson($"/api/requests/{id}/letters", new { purpose = "followUp", text = "Когда будут опубликованы протоколы заседания?" });
        await russian.Problem(HttpStatusCode.BadRequest, "text");
        using var other = await app.Client(TestUser.AdvocateB).PostAsync($"/api/requests/{id}/letters/{letterId}/send", null);
        await other.Problem(HttpStatusCode.NotFound);

        using var sent = await advocate.PostAsync($"/api/requests/{id}/letters/{letterId}/send", null);
        using var again = await advocate.PostAsync($"/api/requests/{id}/letters/{letterId}/send", null);

        Assert.Equal("Sent", (await sent.Json(HttpStatusCode.OK)).GetProperty("status").GetString());
        await again.Problem(HttpStatusCode.Conflict);
        Assert.Equal(1, await Outgoing(id, letterId));
    }

    [Fact]
    public async Task The_clarification_the_authority_asked_for_restarts_its_stopped_clock_when_it_is_sent()
    {
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), app.Client(TestUser.AdvocateA));
        var id = request.GetProperty("id").GetInt32();
        var advocate = app.Client(TestUser.AdvocateA);
        using (var asked = await advocate.PostJson($"/api/questions/{questions[0]}/actions", new { action = "clarification-asked" }))
        {
            Assert.Equal("clarification-requested", (await asked.Json(HttpStatusCode.OK)).GetProperty("state").GetString());
        }

        using var written = await advocate.PostJson($"/api/requests/{id}/letters", new { purpose = "clarificationAnswer", text = "By 'decision procedures' I mean the rules of procedure of the Collective Security Council." });
        var letterId = (await written.Json(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        Assert.Equal("clarification-requested", (await Read(advocate, $"/api/questions/{questions[0]}")).GetProperty("state").GetString());

        using var sent = await advocate.PostAsync($"/api/requests/{id}/letters/{letterId}/send", null);
        await sent.Json(HttpStatusCode.OK);

        var question = await Read(advocate, $"/api/questions/{questions[0]}");
        Assert.Equal("awaiting-response", question.GetProperty("state").GetString());
        var journal = (await Read(advocate, $"/api/questions/{questions[0]}/journal")).EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
        Assert.Contains("letter-sent", journal);
        Assert.True(journal.IndexOf("letter-sent") < journal.IndexOf("clarification-given"), string.Join(", ", journal));
    }

    private async Task<int> Outgoing(int requestId, long letterId)
    {
        using var scope = app.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RequestTracker.Data.AppDbContext>();
        return await db.Outbox.CountAsync(o => o.RequestId == requestId && o.LetterId == letterId);
    }

    /// <summary>An advocate of the test's own, with no postal address on record.</summary>
    private async Task<(HttpClient Client, string Email)> NewAdvocate()
    {
        var email = $"advocate-{Guid.NewGuid():N}@test.example.org";
        using (var created = await app.Client(TestUser.Admin).PostJson("/api/users", new { email, displayName = "Мария Иванова", role = "Advocate", password = ApiApp.Password }))
        {
            await created.Json(HttpStatusCode.Created);
        }

        return (await app.SignIn(email, ApiApp.Password), email);
    }

    private static Dictionary<string, object?> WithLanguage(object body, string language)
    {
        var fields = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["language"] = language;
        return fields;
    }

    private static async Task<JsonElement> Read(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await response.Json(HttpStatusCode.OK);
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteLetterApiTests(SqliteApiApp app) : LetterApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresLetterApiTests(PostgresApiApp app) : LetterApiTests(app);
