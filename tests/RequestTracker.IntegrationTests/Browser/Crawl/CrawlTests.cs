using System.Net;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Browser.Crawl;

/// <summary>
/// Every state, not every page: as each role, in Chromium at a phone's width, the crawler follows every link and
/// submits every form in every variant (<see cref="FormVariants"/>), then what each submission shows. It starts
/// from the demo plus a draft, a batch, a published request and a recorded reply of each advocate's, so drafts,
/// re-shown forms and confirmations are reached. The advocate also tries the other advocate's records, by address
/// and in every id field, and those records are checked unchanged afterwards.
/// </summary>
public sealed class CrawlTests(CrawlApp app) : IClassFixture<CrawlApp>, IAsyncLifetime
{
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        await app.Seed();
        _browser = await BrowserSession.Start();
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task No_link_or_form_in_any_state_answers_5xx_scrolls_sideways_logs_an_error_or_fails_axe()
    {
        // Every role signs in first: the crawl of the sign-in form trips the sign-in throttle on purpose.
        var address = app.Host.ServerAddress;
        var anonymous = await _browser.Anonymous(address, 375);
        var advocate = await _browser.SignIn(address, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password, 375);
        var manager = await _browser.SignIn(address, ApiApp.Email(TestUser.Manager), ApiApp.Password, 375);
        var admin = await _browser.SignIn(address, ApiApp.Email(TestUser.Admin), ApiApp.Password, 375);
        var before = await Footprint(app.Client(TestUser.AdvocateB), app.B);

        var problems = new List<string>();
        var report = new List<string>();
        var everywhere = new HashSet<string>();
        var signedIn = new HashSet<string>();
        var staff = new CrawlMemory(everywhere, signedIn); // a manager and an admin see the same requests
        var common = new[] { "/", "/requests", "/questions", "/batches", "/authorities", "/search?q=vote", "/account/password", "/public" };
        var crawls = new (string Role, Microsoft.Playwright.IPage Page, string[] Start, Seeded? Foreign, TestUser? User, CrawlMemory Memory)[]
        {
            ("anonymous", anonymous, ["/login", "/account/forgot", "/account/reset?user=nobody&token=nothing", "/public", .. app.A.Pages.Where(p => p.StartsWith("/public", StringComparison.Ordinal))], null, null, new(everywhere, [])),
            ("advocate", advocate, [.. common, .. app.A.Pages, "/requests/edit", "/batches/new"], app.B, TestUser.AdvocateA, new(everywhere, signedIn)),
            ("manager", manager, [.. common, "/dashboard", "/workflows", "/journal/escalations", "/outbox", "/inbox", "/authorities/edit", .. app.B.Pages], null, TestUser.Manager, staff),
            ("admin", admin, ["/users", .. common, "/dashboard"], null, TestUser.Admin, staff),
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (role, page, start, foreign, user, memory) in crawls)
        {
            var crawler = new Crawler(page, role, foreign, user is { } u ? app.UserIds[u] : null, memory, problems);
            if (foreign is not null)
            {
                await crawler.ExpectNotFound(foreign.Private);
            }

            await crawler.Run(start);
            report.Add($"{role}: {crawler.Pages} pages, {crawler.Submissions} submissions, {crawler.AxeRuns} axe runs ({crawler.AxeTime.TotalSeconds:0} s), {clock.Elapsed.TotalSeconds:0} s so far");
            if (foreign is not null)
            {
                // Nothing the advocate sent at another advocate's records reached them.
                Assert.Equal(before, await Footprint(app.Client(TestUser.AdvocateB), app.B));
            }
        }

        // Every problem, for reading after a failed run (the assertion shows the first ones).
        var folder = Path.Combine(TestWorkflows.RepositoryRoot(), "artifacts", "crawl");
        Directory.CreateDirectory(folder);
        await File.WriteAllLinesAsync(Path.Combine(folder, "problems.txt"), [.. report, .. problems.Distinct()]);
        Console.WriteLine(string.Join("\n", report));
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n{string.Join("\n", problems.Distinct().Take(80))}\n{string.Join("\n", report)}");
    }

    /// <summary>What another advocate's records look like from their owner's side: their request, journals and correspondence.</summary>
    private static async Task<string> Footprint(HttpClient owner, Seeded records)
    {
        var parts = new List<string>();
        foreach (var path in new[]
        {
            $"/api/requests/{records.Sent}", $"/api/requests/{records.Draft}", $"/api/requests/{records.Sent}/correspondence",
            $"/api/questions/{records.Question}/journal", $"/api/batches/{records.Batch}",
        })
        {
            using var response = await owner.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            parts.Add(await response.Content.ReadAsStringAsync());
        }

        return string.Join("\n", parts);
    }
}
