using System.Net;
using System.Net.Http.Headers;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

public abstract class AuthApiTests(ApiApp app)
{
    [Fact]
    public async Task A_token_is_issued_for_the_right_password_with_its_lifetime()
    {
        using var client = app.Anonymous();

        using var response = await client.PostJson("/api/auth/token", new { email = ApiApp.Email(TestUser.AdvocateA), password = ApiApp.Password });

        var json = await response.Json(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("accessToken").GetString()));
        Assert.Equal(3600, json.GetProperty("expiresIn").GetInt32());
    }

    [Theory]
    [InlineData("advocatea@test.example.org", "wrong password")]
    [InlineData("nobody@test.example.org", "correct horse battery staple")]
    public async Task A_wrong_email_or_password_gets_401_problem(string email, string password)
    {
        using var client = app.Anonymous();

        using var response = await client.PostJson("/api/auth/token", new { email, password });

        await response.Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_request_without_fields_names_them()
    {
        using var client = app.Anonymous();

        using var response = await client.PostJson("/api/auth/token", new { });

        await response.Problem(HttpStatusCode.BadRequest, "email", "password");
    }

    [Theory]
    [InlineData("/api/requests")]
    [InlineData("/api/authorities")]
    [InlineData("/api/users")]
    public async Task The_api_without_a_token_gets_401_problem(string url)
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(url);

        await response.Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_forged_token_gets_401()
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8forged");

        using var response = await client.GetAsync("/api/requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteAuthApiTests(SqliteApiApp app) : AuthApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresAuthApiTests(PostgresApiApp app) : AuthApiTests(app);
