using System.Net;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

public abstract class UserApiTests(ApiApp app)
{
    [Fact]
    public async Task An_admin_creates_an_advocate_who_can_then_sign_in()
    {
        var email = $"new.{Guid.NewGuid():N}@test.example.org";

        using var response = await app.Client(TestUser.Admin).PostJson("/api/users", new { email, displayName = "New Advocate", role = "advocate", password = "a long enough passphrase" });

        var user = await response.Json(HttpStatusCode.Created);
        Assert.Equal("Advocate", user.GetProperty("role").GetString());
        using var client = await app.SignIn(email, "a long enough passphrase");
        using var list = await client.GetAsync("/api/requests");
        Assert.Equal(0, (await list.Json(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
        using var users = await app.Client(TestUser.Admin).GetAsync("/api/users");
        Assert.Contains((await users.Json(HttpStatusCode.OK)).EnumerateArray(), u => u.GetProperty("email").GetString() == email);
    }

    [Fact]
    public async Task A_reset_link_is_queued_once_per_window_for_an_active_account_only()
    {
        var email = $"link.{Guid.NewGuid():N}@test.example.org";
        using var created = await app.Client(TestUser.Admin).PostJson("/api/users", new { email, displayName = "Linda Link", role = "Advocate", password = "a long enough passphrase" });
        var id = (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetString();

        using var first = await app.Client(TestUser.Admin).PostAsync($"/api/users/{id}/password-reset", null);
        using var second = await app.Client(TestUser.Admin).PostAsync($"/api/users/{id}/password-reset", null);
        using var unknown = await app.Client(TestUser.Admin).PostAsync("/api/users/no-such-user/password-reset", null);
        // The old password still works: the link only offers a new one.
        (await app.SignIn(email, "a long enough passphrase")).Dispose();
        (await app.Client(TestUser.Admin).PostAsync($"/api/users/{id}/disable", null)).Dispose();
        using var disabled = await app.Client(TestUser.Admin).PostAsync($"/api/users/{id}/password-reset", null);
        using var byManager = await app.Client(TestUser.Manager).PostAsync($"/api/users/{id}/password-reset", null);

        Assert.False((await first.Json(HttpStatusCode.Accepted)).GetProperty("alreadySent").GetBoolean());
        Assert.True((await second.Json(HttpStatusCode.Accepted)).GetProperty("alreadySent").GetBoolean());
        await unknown.Problem(HttpStatusCode.NotFound);
        await disabled.Problem(HttpStatusCode.Conflict);
        await byManager.Problem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(TestUser.Manager)]
    [InlineData(TestUser.AdvocateA)]
    public async Task Only_admins_manage_users(TestUser user)
    {
        using var create = await app.Client(user).PostJson("/api/users", new { email = "x@test.example.org", role = "Admin", password = "a long enough passphrase" });
        using var list = await app.Client(user).GetAsync("/api/users");

        await create.Problem(HttpStatusCode.Forbidden);
        await list.Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_user_fields_are_named_and_a_duplicate_email_is_409()
    {
        using var bad = await app.Client(TestUser.Admin).PostJson("/api/users", new { email = "nope", role = "Superuser", password = "short" });
        using var duplicate = await app.Client(TestUser.Admin).PostJson("/api/users", new { email = ApiApp.Email(TestUser.AdvocateA), role = "Advocate", password = "a long enough passphrase" });

        await bad.Problem(HttpStatusCode.BadRequest, "email", "role");
        await duplicate.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_same_user_created_eight_times_at_once_is_created_once_and_the_rest_are_409()
    {
        var email = $"race.{Guid.NewGuid():N}@test.example.org";
        var admin = app.Client(TestUser.Admin);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            admin.PostJson("/api/users", new { email, role = "Advocate", password = "a long enough passphrase" })));

        try
        {
            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
            Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
            foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            {
                Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
            }

            using var users = await admin.GetAsync("/api/users");
            Assert.Single((await users.Json(HttpStatusCode.OK)).EnumerateArray(), u => u.GetProperty("email").GetString() == email);
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_short_password_is_refused_on_the_password_field()
    {
        using var response = await app.Client(TestUser.Admin).PostJson("/api/users", new { email = $"p.{Guid.NewGuid():N}@test.example.org", role = "Advocate", password = "short" });

        await response.Problem(HttpStatusCode.BadRequest, "password");
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteUserApiTests(SqliteApiApp app) : UserApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresUserApiTests(PostgresApiApp app) : UserApiTests(app);
