using System.Net;
using System.Text.Json;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

public abstract class AuthorityApiTests(ApiApp app)
{
    [Fact]
    public async Task A_manager_creates_an_authority_and_everyone_can_read_it()
    {
        var name = $"CSTO Secretariat {Guid.NewGuid():N}";

        using var created = await app.Client(TestUser.Manager).PostJson("/api/authorities", TestData.RussianAuthority(name));

        var json = await created.Json(HttpStatusCode.Created);
        var id = json.GetProperty("id").GetInt32();
        Assert.Equal($"/api/authorities/{id}", created.Headers.Location?.OriginalString);
        using var read = await app.Client(TestUser.AdvocateB).GetAsync($"/api/authorities/{id}");
        var authority = await read.Json(HttpStatusCode.OK);
        Assert.Equal(name, authority.GetProperty("name").GetString());
        Assert.Equal("Europe/Moscow", authority.GetProperty("timeZone").GetString());
        Assert.Equal("ru-8-fz", authority.GetProperty("lawId").GetString());
        var contact = Assert.Single(authority.GetProperty("escalationContacts").EnumerateArray());
        Assert.Equal("court", contact.GetProperty("kind").GetString());
        // Letters to it are written in Russian, the one language its law takes, without anyone choosing it.
        Assert.Equal("ru", authority.GetProperty("language").GetString());
        using var list = await app.Client(TestUser.AdvocateA).GetAsync("/api/authorities");
        Assert.Contains((await list.Json(HttpStatusCode.OK)).EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task An_advocate_cannot_create_or_change_authorities()
    {
        var id = await TestData.CreateAuthority(app.Client(TestUser.Manager));

        using var create = await app.Client(TestUser.AdvocateA).PostJson("/api/authorities", TestData.Authority());
        using var update = await app.Client(TestUser.AdvocateA).PutJson($"/api/authorities/{id}", TestData.Authority());

        await create.Problem(HttpStatusCode.Forbidden);
        await update.Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Every_bad_field_is_named_and_nothing_is_created()
    {
        var name = $"Invalid {Guid.NewGuid():N}";
        var body = new
        {
            name,
            jurisdiction = "",
            contactEmail = "Ministry <info@mid.example.org>",
            timeZone = "Europe/Atlantis",
            lawId = "no-such-law",
            escalationContacts = new[] { new { kind = "court", name = "", email = "x" } },
        };

        using var response = await app.Client(TestUser.Manager).PostJson("/api/authorities", body);

        await response.Problem(HttpStatusCode.BadRequest,
            "jurisdiction", "contactEmail", "timeZone", "lawId", "escalationContacts[0].name", "escalationContacts[0].email");
        using var list = await app.Client(TestUser.Manager).GetAsync("/api/authorities");
        Assert.DoesNotContain((await list.Json(HttpStatusCode.OK)).EnumerateArray(), a => a.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task An_unknown_contact_kind_is_400_on_that_field()
    {
        var body = """{"name":"X","jurisdiction":"Y","contactEmail":"a@example.org","timeZone":"UTC","lawId":"io-default","escalationContacts":[{"kind":"president","name":"n","email":"e@example.org"}]}""";

        using var response = await app.Client(TestUser.Manager).PostRaw("/api/authorities", body);

        await response.Problem(HttpStatusCode.BadRequest, "escalationContacts[0].kind");
    }

    [Fact]
    public async Task A_duplicate_name_is_a_409_conflict()
    {
        var name = $"Duplicate {Guid.NewGuid():N}";
        using var first = await app.Client(TestUser.Manager).PostJson("/api/authorities", TestData.Authority(name));
        await first.Json(HttpStatusCode.Created);

        using var second = await app.Client(TestUser.Manager).PostJson("/api/authorities", TestData.Authority(name));

        await second.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Put_replaces_the_details_and_the_escalation_contacts()
    {
        var id = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var name = $"Renamed {Guid.NewGuid():N}";
        var body = new
        {
            name,
            jurisdiction = "Kazakhstan",
            contactEmail = "press@akorda.example.org",
            timeZone = "Asia/Almaty",
            lawId = "kz-401-v",
            escalationContacts = new[]
            {
                new { kind = "oversightBody", name = "Commission on Access to Information", email = "c@example.org" },
                new { kind = "court", name = "Court", email = "court@example.org" },
            },
        };

        using var response = await app.Client(TestUser.Manager).PutJson($"/api/authorities/{id}", body);

        var json = await response.Json(HttpStatusCode.OK);
        Assert.Equal(name, json.GetProperty("name").GetString());
        Assert.Equal(["oversightBody", "court"], json.GetProperty("escalationContacts").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        using var read = await app.Client(TestUser.Manager).GetAsync($"/api/authorities/{id}");
        Assert.Equal(2, (await read.Json(HttpStatusCode.OK)).GetProperty("escalationContacts").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_authority_is_404_problem()
    {
        using var get = await app.Client(TestUser.Manager).GetAsync("/api/authorities/999999");
        using var put = await app.Client(TestUser.Manager).PutJson("/api/authorities/999999", TestData.Authority());

        await get.Problem(HttpStatusCode.NotFound);
        await put.Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_authority_may_not_correspond_in_a_language_its_law_does_not_take()
    {
        var body = JsonSerializer.SerializeToElement(TestData.RussianAuthority());
        var withEnglish = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        withEnglish["language"] = "en";

        using var refused = await app.Client(TestUser.Manager).PostJson("/api/authorities", withEnglish);

        var problem = await refused.Problem(HttpStatusCode.BadRequest, "language");
        Assert.Contains("use one of: ru", problem.GetProperty("errors").GetProperty("language")[0].GetString(), StringComparison.Ordinal);
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteAuthorityApiTests(SqliteApiApp app) : AuthorityApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresAuthorityApiTests(PostgresApiApp app) : AuthorityApiTests(app);
