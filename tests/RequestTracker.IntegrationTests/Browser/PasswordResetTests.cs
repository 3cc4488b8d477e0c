using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Browser;

/// <summary>A password link sent through the outbox and the real SMTP server, used once in a browser.</summary>
[Collection(MailServer.Name)]
public sealed partial class PasswordResetTests(MailApp app) : IAsyncLifetime
{
    private BrowserSession _browser = null!;

    public async Task InitializeAsync() => _browser = await BrowserSession.Start();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task An_admin_emails_a_link_that_sets_a_new_password_once()
    {
        var email = await NewAdvocate();
        var admin = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.Admin), ApiApp.Password);
        await admin.GotoAsync("/users");

        await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email }).GetByRole(AriaRole.Button, new() { Name = "Email a reset link" }).ClickAsync();
        Assert.Contains($"on its way to {email}", await admin.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email }).GetByRole(AriaRole.Button, new() { Name = "Email a reset link" }).ClickAsync();
        Assert.Contains("no second one was sent", await admin.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);

        var link = await LinkSentTo(email);
        var stranger = await _browser.Anonymous(app.Host.ServerAddress);
        await stranger.GotoAsync(link);
        await stranger.GetByLabel("New password").FillAsync("a brand new passphrase");
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Set the password" }).ClickAsync();
        Assert.Contains("Your password is set", await stranger.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.Screenshot(stranger, "14-password-set-by-link");

        await _browser.SignIn(app.Host.ServerAddress, email, "a brand new passphrase");
        using var old = await app.Anonymous().PostAsJsonAsync("/api/auth/token", new { email, password = ApiApp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await stranger.GotoAsync(link);
        await stranger.GetByLabel("New password").FillAsync("yet another passphrase");
        await stranger.GetByRole(AriaRole.Button, new() { Name = "Set the password" }).ClickAsync();
        Assert.Contains("expired or was already used", await stranger.Locator(".errors").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_signed_out_asks_for_a_link_and_the_answer_never_tells_whether_the_account_exists()
    {
        var email = await NewAdvocate();
        var page = await _browser.Anonymous(app.Host.ServerAddress);
        await page.GotoAsync("/login");

        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.GetByLabel("Your email address").FillAsync($"nobody.{Guid.NewGuid():N}@test.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();
        var unknown = await page.Locator(".notice").InnerTextAsync();
        await page.GotoAsync("/account/forgot");
        await page.GetByLabel("Your email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();

        Assert.Equal(unknown, await page.Locator(".notice").InnerTextAsync());
        var link = await LinkSentTo(email);
        await page.GotoAsync(link);
        await page.GetByLabel("New password").FillAsync("remembered at last, a passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the password" }).ClickAsync();
        await _browser.SignIn(app.Host.ServerAddress, email, "remembered at last, a passphrase");
    }

    private async Task<string> NewAdvocate()
    {
        var email = $"reset.{Guid.NewGuid():N}@test.example.org";
        using var created = await app.Client(TestUser.Admin).PostAsJsonAsync("/api/users", new { email, displayName = "Rosa Reset", role = "Advocate", password = ApiApp.Password });
        created.EnsureSuccessStatusCode();
        return email;
    }

    /// <summary>The link in the email, pointing at the configured public address; returned as a path on the test server.</summary>
    private async Task<string> LinkSentTo(string email)
    {
        var message = await app.Mail.WaitFor(m => m.To.Mailboxes.Any(b => b.Address == email) && m.Subject == "Choose a new RequestTracker password");
        var link = Link().Match(message.TextBody ?? string.Empty).Value;
        Assert.StartsWith($"{MailApp.PublicUrl}account/reset?user=", link, StringComparison.Ordinal);
        Assert.Single(await app.Mail.Messages(), m => m.To.Mailboxes.Any(b => b.Address == email));
        return link[(MailApp.PublicUrl.Length - 1)..];
    }

    [GeneratedRegex(@"http\S+")]
    private static partial Regex Link();
}
