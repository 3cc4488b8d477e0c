using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.IntegrationTests.Mail;

namespace RequestTracker.IntegrationTests.Browser;

/// <summary>
/// Every page, as each role sees it, in Chromium at 1280 and 375 px: a screenshot of each in
/// artifacts/screenshots/pages, no horizontal scroll at either width, and no serious or critical axe-core
/// violation. All problems of all pages are collected and reported together.
/// </summary>
[Collection(MailServer.Name)]
public sealed class EveryPageTests(MailApp app) : IAsyncLifetime
{
    private static readonly int[] Widths = [1280, 375];
    private BrowserSession _browser = null!;

    public async Task InitializeAsync() => _browser = await BrowserSession.Start();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Every_page_has_no_serious_accessibility_violation_and_no_horizontal_scroll_at_either_width()
    {
        var authority = await MailTestClient.Authority(app.Client(TestUser.Manager));
        var (sent, _, questions) = await MailTestClient.Send(app.Client(TestUser.AdvocateA), authority, "The vote record", "The legal justification");
        var draft = (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authority)).GetProperty("id").GetInt32();
        long reply;
        using (var letter = await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{sent}/replies", new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "receivedOn" },
            { new StringContent("We acknowledge your request."), "text" },
        }))
        {
            reply = (await letter.Json(System.Net.HttpStatusCode.OK)).GetProperty("id").GetInt64();
        }

        // A request the advocate posted themselves, recorded with its receipt: its page says how it went.
        var recorded = (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authority)).GetProperty("id").GetInt32();
        using (var posted = await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{recorded}/sent", new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(DateTimeOffset.UtcNow.AddDays(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "sentOn" },
            { new StringContent(DateTimeOffset.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "receivedOn" },
            { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "proof", "receipt.pdf" },
        }))
        {
            posted.EnsureSuccessStatusCode();
        }

        var other = await MailTestClient.Authority(app.Client(TestUser.Manager), "kz-401-v", "press@akorda.test", "Asia/Almaty");
        int batch;
        using (var filed = await app.Client(TestUser.AdvocateA).PostJson("/api/batches", new
        {
            title = "The same questions to two bodies",
            body = "Please provide the documents below.",
            questions = new[] { new { category = "voteRecords", text = "How did each member state vote on the deployment of the collective force?" } },
            authorities = new[] { new { authorityId = authority }, new { authorityId = other } },
            texts = new[] { TestData.RussianText(questions: 1) }, // the Kazakh office corresponds in Russian
        }))
        {
            batch = (await filed.Json(System.Net.HttpStatusCode.Created)).GetProperty("id").GetInt32();
        }

        using (var sendBatch = await app.Client(TestUser.AdvocateA).PostAsync($"/api/batches/{batch}/send", null))
        {
            sendBatch.EnsureSuccessStatusCode();
        }

        using (var publish = await app.Client(TestUser.AdvocateA).PostAsync($"/api/batches/{batch}/publish", null))
        {
            publish.EnsureSuccessStatusCode();
        }

        using (var publishOne = await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{sent}/publish", null))
        {
            publishOne.EnsureSuccessStatusCode();
        }

        var pages = new Dictionary<string, string[]>
        {
            ["anonymous"] =
            [
                "/login", "/account/forgot", "/account/reset?user=nobody&token=nothing", "/public", $"/public/requests/{sent}", $"/public/authorities/{authority}",
                $"/public/batches/{batch}", "/public?q=vote",
            ],
            ["advocate"] =
            [
                "/requests", "/requests/edit", $"/requests/{sent}", $"/requests/{draft}", $"/requests/{sent}/replies/new", "/questions",
                $"/questions/{questions[0]}/workflow", "/authorities", $"/authorities/{authority}", "/account/password", "/requests/999999", "/dashboard", "/search?q=vote",
                "/batches", "/batches/new", $"/batches/{batch}", $"/requests/{sent}/replies/{reply}/classify", $"/requests/{sent}/transfer",
                $"/requests/{draft}/sent", $"/requests/{recorded}",
            ],
            ["manager"] =
            [
                "/dashboard", "/requests", "/questions", $"/requests/{sent}", $"/questions/{questions[0]}/workflow", "/workflows", "/journal/escalations",
                "/outbox", "/inbox", "/authorities", $"/authorities/{authority}", "/authorities/edit", $"/authorities/edit/{authority}", "/search?q=acknowledge", "/search?q=%21",
                "/batches", $"/batches/{batch}",
            ],
            ["admin"] = ["/users"],
        };
        var problems = new List<string>();
        var codeWords = CodeWords();
        foreach (var (role, paths) in pages)
        {
            foreach (var width in Widths)
            {
                var page = await Open(role, width);
                foreach (var path in paths)
                {
                    await page.GotoAsync(path);
                    var name = $"{role}-{Slug(path)}-{width}";
                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    if (overflow > 0)
                    {
                        var wide = await page.EvaluateAsync<string>(
                            "() => [...document.querySelectorAll('body *')].filter(e => !e.closest('svg') && (e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || e.scrollWidth > e.clientWidth + 1)).slice(-3).map(e => e.tagName + '.' + e.getAttribute('class') + ' ' + (e.textContent || '').slice(0, 40)).join(' | ')");
                        problems.Add($"{name}: scrolls horizontally by {overflow} px ({wide})");
                    }

                    // No code word in what a person reads, folded parts too (an email's own text and a <code> element aside: the Mermaid source).
                    var text = await page.EvaluateAsync<string>("() => { const b = document.body.cloneNode(true); b.querySelectorAll('code, pre.email, script, style').forEach(e => e.remove()); return b.innerText; }");
                    problems.AddRange(codeWords.Where(w => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\w/.-]){System.Text.RegularExpressions.Regex.Escape(w)}(?![\w/-])"))
                        .Select(w => $"{name}: the code word \"{w}\" is on the page"));

                    // After measuring: a full-page screenshot briefly lays the page out at its full height.
                    await BrowserSession.Screenshot(page, Path.Combine("pages", name));
                    if (width == Widths[0])
                    {
                        // The header fits one line at 1280 px for every role.
                        var header = await page.EvaluateAsync<double>("() => document.querySelector('header.top').getBoundingClientRect().height");
                        if (header > 90) // one line is about 66 px, two about 115
                        {
                            problems.Add($"{name}: the header wraps ({header:0} px high)");
                        }

                        var result = await page.RunAxe();
                        problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v =>
                            $"{name}: {v.Impact} {v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}"));
                    }
                }

                if (role != "anonymous")
                {
                    problems.AddRange(await Navigation(page, role, width));
                }

                await page.Context.CloseAsync();
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// The words of the code a page must never show: states, triggers and templates by their ids (the ones of two words
    /// or more: "awaiting-response", "review-waiting"), contact kinds by their member names, and the API's field names.
    /// </summary>
    private List<string> CodeWords()
    {
        var catalog = app.Host.Services.GetRequiredService<RequestTracker.Definitions.DefinitionStore>().Catalog;
        return catalog.Question.States.Select(st => st.Id)
            .Concat(Enum.GetValues<RequestTracker.Definitions.Trigger>().Select(RequestTracker.Definitions.Triggers.Word))
            .Concat(RequestTracker.Definitions.Templates.TemplateKinds.Names.Keys)
            .Where(w => w.Contains('-', StringComparison.Ordinal) && w != "follow-up") // "a follow-up letter" is English
            .Concat(Enum.GetNames<RequestTracker.Definitions.Laws.EscalationContactKind>().Where(n => n.Skip(1).Any(char.IsUpper)))
            .Concat(["documentReference", "receivedOn", "letterDate", "questionIds", "authorityId", "transferredOn", "sentOn", "lastDayRollsToWorkingDay"])
            .Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every signed-in role reaches the batches from the header; on a phone the header is one row (the brand, the search
    /// a tap away, a menu), and the menu, opened without script, holds every page of the role.
    /// </summary>
    private static async Task<List<string>> Navigation(IPage page, string role, int width)
    {
        var problems = new List<string>();
        await page.GotoAsync("/requests");
        if (width == Widths[0])
        {
            if (!await page.Locator("header nav.wide-only a[href='/batches']").IsVisibleAsync())
            {
                problems.Add($"{role} at {width}: no visible link to the batches in the header");
            }

            return problems;
        }

        var header = await page.EvaluateAsync<double>("() => document.querySelector('header.top').getBoundingClientRect().height");
        if (header > 75)
        {
            problems.Add($"{role} at {width}: the phone header is not one row ({header:0} px high)");
        }

        if (!await page.Locator("[data-testid='search-tap']").IsVisibleAsync() || await page.Locator("#header-search").IsVisibleAsync())
        {
            problems.Add($"{role} at {width}: the search is not one tap away in the phone header");
        }

        await page.Locator("[data-testid='phone-menu'] summary").ClickAsync();
        foreach (var path in role == "advocate" ? ["/requests", "/batches", "/letters"] : new[] { "/batches", "/dashboard", role == "admin" ? "/users" : "/outbox" })
        {
            if (!await page.Locator($"[data-testid='phone-menu'] nav a[href='{path}']").IsVisibleAsync())
            {
                problems.Add($"{role} at {width}: the opened menu has no link to {path}");
            }
        }

        return problems;
    }

    private async Task<IPage> Open(string role, int width) => role switch
    {
        "anonymous" => await _browser.Anonymous(app.Host.ServerAddress, width),
        "advocate" => await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password, width),
        "manager" => await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.Manager), ApiApp.Password, width),
        _ => await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.Admin), ApiApp.Password, width),
    };

    private static string Slug(string path)
    {
        var slug = new string(path.Trim('/').Split('?')[0].Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? "home" : slug;
    }
}
