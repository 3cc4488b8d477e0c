using System.Net;
using System.Text.RegularExpressions;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>The parts around the API: its description, health, headers, the sign-in page.</summary>
public abstract partial class PlatformTests(ApiApp app)
{
    [Fact]
    public async Task The_openapi_document_describes_the_contract()
    {
        using var response = await app.Client(TestUser.AdvocateA).GetAsync("/openapi/v1.json");

        var doc = await response.Json(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/auth/token", "/api/authorities", "/api/authorities/{id}", "/api/requests", "/api/requests/{id}", "/api/requests/{id}/withdraw" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        }

        Assert.True(doc.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task The_api_reference_page_is_served_locally()
    {
        using var response = await app.Client(TestUser.AdvocateA).GetAsync("/api-docs/index.html");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_the_api_reference_asks_to_sign_in()
    {
        using var client = app.Anonymous();

        using var document = await client.GetAsync("/openapi/v1.json");
        using var page = await client.GetAsync("/api-docs/index.html");

        Assert.Equal(HttpStatusCode.Unauthorized, document.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_json_400_carries_the_security_headers_and_api_answers_are_not_stored()
    {
        using var malformed = await app.Client(TestUser.AdvocateA).PostRaw("/api/requests", "{\"title\": ");
        using var list = await app.Client(TestUser.AdvocateA).GetAsync("/api/requests");
        using var token = await app.Anonymous().PostJson("/api/auth/token", new { email = ApiApp.Email(TestUser.AdvocateA), password = ApiApp.Password });

        await malformed.Problem(HttpStatusCode.BadRequest);
        Assert.Equal("nosniff", malformed.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", malformed.Headers.GetValues("X-Frame-Options").Single());
        foreach (var response in new[] { malformed, list, token })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage?.RequestUri} lacks no-store");
        }
    }

    [Fact]
    public async Task Over_https_through_a_trusted_proxy_every_cookie_is_secure_and_httponly()
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await client.GetAsync("/login");

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_a_token(string url)
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_a_self_only_csp()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_on_the_page_shows_the_advocates_requests_and_no_one_elses()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var own = $"Own {Guid.NewGuid():N}";
        var foreign = $"Foreign {Guid.NewGuid():N}";
        await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId, own);
        await TestData.CreateRequest(app.Client(TestUser.AdvocateB), authorityId, foreign);
        using var browser = app.Host.NewClient(handleCookies: true);

        using var form = await browser.GetAsync("/login");
        var token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var signIn = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = ApiApp.Email(TestUser.AdvocateA),
            ["Password"] = ApiApp.Password,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var page = await browser.GetAsync("/requests");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(own, html, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_form_refuses_a_post_without_its_antiforgery_token()
    {
        using var browser = app.Host.NewClient(handleCookies: true);

        using var response = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = ApiApp.Email(TestUser.AdvocateA),
            ["Password"] = ApiApp.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_redirect_an_anonymous_visitor_to_sign_in()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync("/requests");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_gets_error_pages_while_the_api_keeps_problem_json()
    {
        using var browser = await SignedInBrowser(TestUser.AdvocateA);

        using var missing = await browser.GetAsync("/requests/987654321");
        using var denied = await browser.GetAsync("/dashboard");
        using var api = await app.Client(TestUser.AdvocateA).GetAsync("/api/requests/987654321");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("<h1>You do not have access to this page</h1>", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await api.Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(TestUser.Manager, "/dashboard")]
    [InlineData(TestUser.Admin, "/dashboard")]
    [InlineData(TestUser.AdvocateA, "/requests")]
    public async Task Managers_start_on_the_dashboard_and_advocates_on_their_requests(TestUser user, string start)
    {
        using var browser = await SignedInBrowser(user, start);

        using var home = await browser.GetAsync("/");

        Assert.Equal(start, home.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task List_filters_offer_names_and_the_states_people_see_not_ids()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        using var authority = await app.Client(TestUser.Manager).GetAsync($"/api/authorities/{authorityId}");
        var name = (await authority.Json(HttpStatusCode.OK)).GetProperty("name").GetString();
        using var manager = await SignedInBrowser(TestUser.Manager);
        using var advocate = await SignedInBrowser(TestUser.AdvocateA);

        var managers = await (await manager.GetAsync("/questions")).Content.ReadAsStringAsync();
        var advocates = await (await advocate.GetAsync("/questions")).Content.ReadAsStringAsync();
        var requests = await (await advocate.GetAsync("/requests?authorityId=x")).Content.ReadAsStringAsync();

        Assert.Contains($"<option value=\"{authorityId}\">{name}</option>", managers, StringComparison.Ordinal);
        Assert.Contains("<option value=\"open\">Awaiting response</option>", managers, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ru-8-fz\">", managers, StringComparison.Ordinal);
        Assert.Contains(">AdvocateB</option>", managers, StringComparison.Ordinal); // advocates by name, for managers
        Assert.DoesNotContain("id=\"f-owner\"", advocates, StringComparison.Ordinal);
        Assert.Contains("Correct the filter above", requests, StringComparison.Ordinal);
        Assert.DoesNotContain("No requests yet.", requests, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_NUL_in_the_address_or_the_sign_in_is_refused_naming_where_never_a_500()
    {
        using var query = await app.Client(TestUser.Manager).GetAsync("/api/questions?state=%00&lawId=ru%0A8");
        using var route = await app.Client(TestUser.Admin).PostAsync("/api/users/a%00b/enable", null);
        using var token = await app.Anonymous().PostJson("/api/auth/token", new { email = "advocatea\u0000@test.example.org", password = ApiApp.Password });
        using var browser = app.Host.NewClient(handleCookies: true);
        using var form = await browser.GetAsync("/login");
        // Multipart: a urlencoded %00 is refused by the framework's form reader, a NUL in a part's value is not.
        using var page = await browser.PostAsync("/login", new MultipartFormDataContent
        {
            { new StringContent("advocatea\0@test.example.org"), "Email" },
            { new StringContent(ApiApp.Password), "Password" },
            { new StringContent(AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value), "__RequestVerificationToken" },
        });

        await query.Problem(HttpStatusCode.BadRequest, "state", "lawId");
        Assert.True(route.StatusCode == HttpStatusCode.BadRequest, $"{(int)route.StatusCode}: {await route.Content.ReadAsStringAsync()}");
        await token.Problem(HttpStatusCode.BadRequest, "email");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, html); // the form again, saying what is wrong
        Assert.Contains("The email must be one line", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInBrowser(TestUser user, string? landsOn = null)
    {
        var browser = app.Host.NewClient(handleCookies: true);
        using var form = await browser.GetAsync("/login");
        var token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var signIn = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = ApiApp.Email(user),
            ["Password"] = ApiApp.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        if (landsOn is not null)
        {
            Assert.Equal(landsOn, signIn.Headers.Location?.OriginalString);
        }

        return browser;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

[Collection(SqliteApi.Name)]
public sealed class SqlitePlatformTests(SqliteApiApp app) : PlatformTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresPlatformTests(PostgresApiApp app) : PlatformTests(app);
