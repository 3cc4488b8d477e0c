using Microsoft.Playwright;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Playwright for .NET driving the system Chromium (RT_TEST_CHROMIUM, else /usr/bin/chromium; never a
/// downloaded browser), headless with the flags this machine's closed network needs. Screenshots go to
/// artifacts/screenshots/ at the repository root.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string Screenshots { get; } = Path.Combine(TestWorkflows.RepositoryRoot(), "artifacts", "screenshots");

    public static async Task<BrowserSession> Start()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("RT_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>
    /// A fresh browser context with no cookies: someone signed out. <paramref name="language"/> is what the browser
    /// asks for in Accept-Language ("ru", or the pseudo-culture "qps-Ploc"); by default the browser's own (English).
    /// </summary>
    public async Task<IPage> Anonymous(Uri app, int width = 1280, string? language = null)
    {
        var options = new BrowserNewContextOptions { BaseURL = app.ToString(), ViewportSize = new ViewportSize { Width = width, Height = 900 } };
        if (language is not null)
        {
            options.ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language };
        }

        var context = await _browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context (its own cookies) signed in through the login form, in whatever language it shows.</summary>
    public async Task<IPage> SignIn(Uri app, string email, string password, int width = 1280, string? language = null)
    {
        var page = await Anonymous(app, width, language);
        await page.GotoAsync("/login");
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        try
        {
            // Signed in when the page offers to sign out (waiting on the URL raced the redirect); on a phone the offer is
            // in the closed menu, so it is there without being visible.
            await page.Locator("form.signout button").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });
        }
        catch (TimeoutException e)
        {
            await Screenshot(page, "signin-failed-" + string.Concat(email.Where(char.IsLetterOrDigit)));
            throw new InvalidOperationException($"Sign-in as {email} failed: {page.Url}: {await page.Locator("main").InnerTextAsync()}", e);
        }

        return page;
    }

    public static async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }

    /// <summary>Reloads the page until <paramref name="locator"/> shows, for what a background worker does.</summary>
    public static async Task ReloadUntil(IPage page, Func<IPage, ILocator> locator, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (await locator(page).CountAsync() == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                await Screenshot(page, "timeout-" + string.Concat(what.Where(char.IsLetterOrDigit)));
                throw new TimeoutException($"Timed out waiting for {what} on {page.Url}.");
            }

            await Task.Delay(400);
            await page.ReloadAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
