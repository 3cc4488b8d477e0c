using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Browser.Russian;

/// <summary>
/// Every page as each role sees it, with the browser asking for Russian and then for the pseudo-culture, at 1280 and
/// 375 px. In Russian: no English word left (the records are all Russian, so a Latin word is a name the test knows
/// or an untranslated string), no horizontal scroll, axe-core clean. In the pseudo-culture every translated string is
/// accented and a third longer: a plain English word is a literal that never went through localization, and a
/// layout that only fits English's word lengths scrolls.
/// </summary>
public sealed partial class RussianPagesTests(RussianApp app) : IClassFixture<RussianApp>, IAsyncLifetime
{
    private static readonly int[] Widths = [1280, 375];

    /// <summary>Latin words that are names, not interface: the test users', the product's, a language named in itself.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "Admin", "Manager", "AdvocateB", "RequestTracker", "English", "OpenAPI", "iCalendar", "Mermaid", "Atom",
    };

    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        _browser = await BrowserSession.Start();
        await app.Seed();
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Theory]
    [InlineData("ru")]
    [InlineData("qps-Ploc")]
    public async Task Every_page_speaks_the_language_asked_for_with_no_English_left_and_fits_a_phone(string language)
    {
        var pages = new (TestUser? User, string[] Paths)[]
        {
            (null,
            [
                "/login", "/account/forgot", "/account/reset?user=nobody&token=nothing", "/public", $"/public/requests/{app.Sent}",
                $"/public/authorities/{app.Authority}", $"/public/batches/{app.Batch}", "/public?q=ОДКБ", "/no-such-page",
            ]),
            (TestUser.AdvocateA,
            [
                "/requests", "/requests/edit", $"/requests/edit/{app.Draft}", $"/requests/{app.Sent}", $"/requests/{app.Draft}",
                $"/requests/{app.Sent}/replies/new", $"/requests/{app.Sent}/replies/{app.Reply}/classify", $"/requests/{app.Sent}/letters/new",
                "/questions", $"/questions/{app.Question}/workflow", "/letters", "/authorities", $"/authorities/{app.Authority}",
                "/account/profile", "/account/password", "/requests/999999", "/search?q=ОДКБ", "/batches", "/batches/new", $"/batches/{app.Batch}",
            ]),
            (TestUser.Manager,
            [
                "/dashboard", "/requests", "/questions", "/questions?overdue=true", "/workflows", "/journal/escalations", "/outbox", "/inbox",
                "/letters", "/authorities", "/authorities/edit", $"/authorities/edit/{app.Authority}", "/search?q=просьба", "/batches",
            ]),
            (TestUser.Admin, ["/users"]),
        };
        var problems = new List<string>();
        foreach (var (user, paths) in pages)
        {
            foreach (var width in Widths)
            {
                var page = user is { } who
                    ? await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(who), ApiApp.Password, width, language)
                    : await _browser.Anonymous(app.Host.ServerAddress, width, language);
                foreach (var path in paths)
                {
                    await page.GotoAsync(path);
                    var name = $"{language} {user?.ToString() ?? "anonymous"} {path} at {width}";
                    problems.AddRange(await Check(page, name, language, axe: width == Widths[0] && language == "ru"));
                }

                await page.Context.CloseAsync();
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join("\n", problems.Distinct()));
    }

    private static async Task<IEnumerable<string>> Check(IPage page, string name, string language, bool axe)
    {
        var problems = new List<string>();
        var lang = await page.EvaluateAsync<string>("() => document.documentElement.lang");
        if (lang != language.Split('-')[0])
        {
            problems.Add($"{name}: <html lang=\"{lang}\">");
        }

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 1)
        {
            problems.Add($"{name}: scrolls horizontally by {overflow} px");
        }

        var english = (await page.EvaluateAsync<string[]>(Texts))
            .Select(t => (Text: t, Words: LatinWord().Matches(Strip(t)).Select(m => m.Value).Where(w => !Names.Contains(w) && !Acronym().IsMatch(w)).ToList()))
            .Where(t => t.Words.Count > 0)
            .Select(t => $"{name}: English left: \"{t.Text.Trim()[..Math.Min(t.Text.Trim().Length, 80)]}\"");
        problems.AddRange(english);

        if (axe)
        {
            var result = await page.RunAxe();
            problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v =>
                $"{name}: {v.Impact} {v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        return problems;
    }

    /// <summary>Email addresses, web addresses, zone ids and request numbers are data, whatever the language.</summary>
    private static string Strip(string text) => Data().Replace(text, " ");

    /// <summary>
    /// Every text a person reads or hears: text nodes (hidden ones too: a form part shown by script is still
    /// interface), and the title, placeholder, aria-label and alt attributes and button values. Text inside an
    /// element marked with another language (lang="en": the language switch's own name, an English letter quoted)
    /// is that language by design; scripts, styles and typed values are not interface.
    /// </summary>
    private const string Texts = """
        () => {
          const page = document.documentElement.lang;
          const foreign = e => { const l = e.closest('[lang]'); return l && l !== document.documentElement && l.lang.split('-')[0] !== page; };
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const p = n.parentElement;
            if (!p || p.closest('script, style, textarea, template, pre, code, [translate=no]') || foreign(p) || !n.textContent.trim()) continue;
            out.push(n.textContent);
          }
          for (const e of document.querySelectorAll('[title], [placeholder], [aria-label], [alt], input[type=submit], input[type=button]')) {
            if (foreign(e)) continue;
            for (const a of ['title', 'placeholder', 'aria-label', 'alt']) if (e.getAttribute(a)) out.push(e.getAttribute(a));
            if (e.tagName === 'INPUT' && e.value) out.push(e.value);
          }
          return out;
        }
        """;

    /// <summary>CSV, ZIP, PDF, UTC, IANA, HTML: names of formats and standards, the same in Russian.</summary>
    [GeneratedRegex("^[A-Z]{2,}$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z']{2,}\b")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\S+@\S+|https?://\S+|/\S*|\b[A-Z][a-z]+/[A-Za-z_]+\b|\bRT-\d+\b|\bL-\d+\b|Message-Id|\(\.\w+\)")]
    private static partial Regex Data();
}
