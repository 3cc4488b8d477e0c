using RequestTracker.Data;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// Tokens and sessions live no longer than the account: disabling it, a new password, deleting it and
/// signing out each end them within the re-check interval (5 s; the waits allow 15).
/// </summary>
public abstract partial class AccountTests(ApiApp app)
{
    private const string Passphrase = "a long enough passphrase";
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_token_stops_within_seconds()
    {
        var (id, email) = await NewAdvocate();
        using var advocate = await app.SignIn(email, Passphrase);
        using var before = await advocate.GetAsync("/api/requests");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var disable = await Admin.PostAsync($"/api/users/{id}/disable", null);

        Assert.True((await disable.Json(HttpStatusCode.OK)).GetProperty("disabled").GetBoolean());
        await UntilRefused(advocate);
        using var write = await advocate.PostJson("/api/requests", new { title = "After disabling" });
        await write.Problem(HttpStatusCode.Unauthorized);
        Assert.Equal(PasswordCheck.Refusal, await SignInRefusal(email, Passphrase));
        using var list = await Admin.GetAsync("/api/users");
        Assert.True((await list.Json(HttpStatusCode.OK)).EnumerateArray().Single(u => u.GetProperty("id").GetString() == id).GetProperty("disabled").GetBoolean());

        using var enable = await Admin.PostAsync($"/api/users/{id}/enable", null);

        Assert.False((await enable.Json(HttpStatusCode.OK)).GetProperty("disabled").GetBoolean());
        using var again = await app.SignIn(email, Passphrase);
        using var after = await again.GetAsync("/api/requests");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Unknown_email_wrong_password_and_disabled_account_get_the_same_answer()
    {
        var (id, email) = await NewAdvocate();
        (await Admin.PostAsync($"/api/users/{id}/disable", null)).Dispose();

        var unknown = await SignInRefusal($"nobody.{Guid.NewGuid():N}@test.example.org", Passphrase);
        var wrong = await SignInRefusal(ApiApp.Email(TestUser.AdvocateB), "not the passphrase at all");
        var disabled = await SignInRefusal(email, Passphrase);

        Assert.Equal(PasswordCheck.Refusal, unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, disabled);
    }

    [Fact]
    public async Task A_new_password_ends_the_old_tokens_and_the_old_password()
    {
        var (id, email) = await NewAdvocate();
        using var advocate = await app.SignIn(email, Passphrase);

        using var tooShort = await Admin.PutJson($"/api/users/{id}/password", new { password = "short" });
        using var set = await Admin.PutJson($"/api/users/{id}/password", new { password = "an entirely new passphrase" });

        await tooShort.Problem(HttpStatusCode.BadRequest, "password");
        await set.Json(HttpStatusCode.OK);
        await UntilRefused(advocate);
        Assert.Equal(PasswordCheck.Refusal, await SignInRefusal(email, Passphrase));
        using var renewed = await app.SignIn(email, "an entirely new passphrase");
        using var list = await renewed.GetAsync("/api/requests");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task A_deleted_accounts_token_gets_401_not_500()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var (id, email) = await NewAdvocate();
        using var advocate = await app.SignIn(email, Passphrase);
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(id))!)).Succeeded);
        }

        await Eventually.True(
            async () =>
            {
                // Until the re-check, the missing author is a foreign-key conflict (409), never a 500.
                using var write = await advocate.PostJson("/api/requests", TestData.Request(authorityId));
                Assert.True(write.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Conflict, $"got {write.StatusCode}");
                return write.StatusCode == HttpStatusCode.Unauthorized;
            },
            "the deleted user's token to be refused",
            Recheck);
    }

    [Fact]
    public async Task Admins_cannot_disable_themselves_and_an_unknown_account_is_404()
    {
        using var self = await Admin.PostAsync($"/api/users/{app.UserIds[TestUser.Admin]}/disable", null);
        using var unknown = await Admin.PostAsync($"/api/users/{Guid.NewGuid()}/disable", null);
        using var byManager = await app.Client(TestUser.Manager).PostAsync($"/api/users/{app.UserIds[TestUser.AdvocateB]}/disable", null);

        await self.Problem(HttpStatusCode.Conflict);
        await unknown.Problem(HttpStatusCode.NotFound);
        await byManager.Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Signing_out_ends_a_copied_cookie_too()
    {
        var (_, email) = await NewAdvocate();
        var jar = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = jar }) { BaseAddress = app.Host.ServerAddress };
        using var form = await browser.GetAsync("/login");
        using var signIn = await browser.PostAsync("/login", Form(await form.Content.ReadAsStringAsync(), ("Email", email), ("Password", Passphrase)));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = jar.GetCookies(app.Host.ServerAddress)["rt.auth"]?.Value ?? throw new InvalidOperationException("No auth cookie.");
        using var copy = app.Host.NewClient();
        copy.DefaultRequestHeaders.Add("Cookie", $"rt.auth={cookie}");
        using var copyBefore = await copy.GetAsync("/requests");
        Assert.Equal(HttpStatusCode.OK, copyBefore.StatusCode);

        using var page = await browser.GetAsync("/requests");
        using var signOut = await browser.PostAsync("/logout", Form(await page.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/login", signOut.Headers.Location?.OriginalString);
        await Eventually.True(
            async () =>
            {
                using var after = await copy.GetAsync("/requests");
                return after.StatusCode == HttpStatusCode.Redirect && after.Headers.Location!.PathAndQuery.StartsWith("/login", StringComparison.Ordinal);
            },
            "the copied cookie to be refused",
            Recheck);
    }

    [Fact]
    public async Task A_user_changes_their_own_password_and_stays_signed_in_while_other_sessions_end()
    {
        var (_, email) = await NewAdvocate();
        using var token = await app.SignIn(email, Passphrase);
        var jar = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = jar }) { BaseAddress = app.Host.ServerAddress };
        using var form = await browser.GetAsync("/login");
        (await browser.PostAsync("/login", Form(await form.Content.ReadAsStringAsync(), ("Email", email), ("Password", Passphrase)))).Dispose();

        using var page = await browser.GetAsync("/account/password");
        var html = await page.Content.ReadAsStringAsync();
        using var wrong = await browser.PostAsync("/account/password", Form(html, ("Current", "not my passphrase"), ("New", "a brand new passphrase")));
        using var changed = await browser.PostAsync("/account/password", Form(html, ("Current", Passphrase), ("New", "a brand new passphrase")));

        Assert.Contains("This is not your current password.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await UntilRefused(token);
        Assert.Equal(PasswordCheck.Refusal, await SignInRefusal(email, Passphrase));
        (await app.SignIn(email, "a brand new passphrase")).Dispose();
        // The old stamp is refused by now (the token above), so a 200 here means this browser was signed in again.
        using var still = await browser.GetAsync("/requests");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    private HttpClient Admin => app.Client(TestUser.Admin);

    private async Task<(string Id, string Email)> NewAdvocate()
    {
        var email = $"account.{Guid.NewGuid():N}@test.example.org";
        using var response = await Admin.PostJson("/api/users", new { email, role = "Advocate", password = Passphrase });
        return ((await response.Json(HttpStatusCode.Created)).GetProperty("id").GetString()!, email);
    }

    private async Task<string?> SignInRefusal(string email, string password)
    {
        using var client = app.Anonymous();
        using var response = await client.PostJson("/api/auth/token", new { email, password });
        return (await response.Problem(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString();
    }

    private static Task UntilRefused(HttpClient client) =>
        Eventually.True(
            async () =>
            {
                using var response = await client.GetAsync("/api/requests");
                return response.StatusCode == HttpStatusCode.Unauthorized;
            },
            "the token to be refused",
            Recheck);

    private static FormUrlEncodedContent Form(string html, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", AntiforgeryField().Match(html).Groups[1].Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

[Collection(SqliteApi.Name)]
public sealed class SqliteAccountTests(SqliteApiApp app) : AccountTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresAccountTests(PostgresApiApp app) : AccountTests(app);
