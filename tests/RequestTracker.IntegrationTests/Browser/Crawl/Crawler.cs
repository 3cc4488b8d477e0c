using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace RequestTracker.IntegrationTests.Browser.Crawl;

/// <summary>
/// Walks the app as one role: follows every link (a few pages of each shape), then submits every form of every
/// page in each of <see cref="FormVariants"/>, and submits again whatever a submission shows — a form re-shown with
/// its errors, a confirmation. Every page reached is checked: no 5xx, no horizontal scroll, no console error or
/// uncaught exception, no serious axe violation (once per page shape and state). Problems are collected, not thrown.
/// </summary>
internal sealed partial class Crawler
{
    private const int PagesPerShape = 2;
    private const int MaxPages = 200;

    private static readonly string[] Downloads = ["Dossier", "Eml", "Attachment", "Csv", "PreviewHtml"];

    private readonly IPage _page;
    private readonly string _role;
    private readonly Seeded? _foreign;
    private readonly string? _ownUserId;
    private readonly List<string> _problems;
    private readonly List<string> _console = [];
    private readonly CrawlMemory _memory;
    private readonly List<FormJob> _jobs = [];

    public Crawler(IPage page, string role, Seeded? foreign, string? ownUserId, CrawlMemory memory, List<string> problems)
    {
        (_page, _role, _foreign, _ownUserId, _memory, _problems) = (page, role, foreign, ownUserId, memory, problems);
        page.Console += (_, message) =>
        {
            // Chromium reports the page's own 4xx status as a console error: that is the status, checked apart.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal))
            {
                _console.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _console.Add("uncaught: " + error);
    }

    public int Pages { get; private set; }

    public int Submissions { get; private set; }

    public int AxeRuns { get; private set; }

    /// <summary>Time spent in axe, to say where a crawl's minutes go.</summary>
    public TimeSpan AxeTime { get; private set; }

    public async Task Run(IEnumerable<string> start)
    {
        var queue = new Queue<(string Url, bool Forced)>(start.Select(u => (u, true)));
        while (queue.Count > 0 && Pages < MaxPages)
        {
            var (url, forced) = queue.Dequeue();
            var path = PathOf(url);
            if (!_memory.Visited.Add(path) || (!forced && Count(Shape(path)) > PagesPerShape))
            {
                continue;
            }

            if (IsDownload(path))
            {
                await Download(path);
                continue;
            }

            var response = await Go(path);
            Pages++;
            await Check($"GET {path}", response?.Status ?? 0);
            foreach (var link in await _page.EvaluateAsync<string[]>(CrawlScripts.Links))
            {
                var target = PathOf(link);
                if (!target.StartsWith("/logout", StringComparison.Ordinal) && !_memory.Visited.Contains(target))
                {
                    queue.Enqueue((target, false));
                }
            }

            await CollectForms(path);
        }

        // The forms that end things (send, withdraw, publish, disable) last, so the others meet the records unchanged.
        foreach (var job in _jobs.OrderBy(j => j.Risk))
        {
            await Submit(job);
        }
    }

    /// <summary>Each private page of another advocate's records: not found, never shown, never a 5xx.</summary>
    public async Task ExpectNotFound(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var response = await _page.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
            if (response.Status != 404)
            {
                _problems.Add($"{_role}: GET {path} of another advocate's record answered {response.Status}, not 404");
            }
        }
    }

    private async Task CollectForms(string path)
    {
        var forms = await _page.EvaluateAsync<JsonElement>(CrawlScripts.Forms);
        foreach (var form in forms.EnumerateArray())
        {
            var method = form.GetProperty("method").GetString()!;
            var fields = form.GetProperty("fields").EnumerateArray()
                .Select(f => new FormField(f.GetProperty("name").GetString()!, f.GetProperty("kind").GetString()!, f.GetProperty("value").GetString()!))
                .Where(f => f.Name != "__RequestVerificationToken")
                .ToList();
            var submitters = form.GetProperty("submitters").EnumerateArray().Select(s => (Label: s.GetProperty("label").GetString()!, Action: s.GetProperty("action").GetString()!)).ToList();
            for (var i = 0; i < Math.Max(1, submitters.Count); i++)
            {
                var actionPath = PathOf(submitters.Count == 0 ? form.GetProperty("action").GetString()! : submitters[i].Action);
                // Once per address and fields: the header's search box is the same form on every page.
                var key = $"{method} {Shape(actionPath)} {string.Join(',', fields.Select(f => f.Name).Distinct())}";
                if (actionPath.StartsWith("/logout", StringComparison.Ordinal) || Mine(fields, actionPath) || !_memory.Forms.Add(key))
                {
                    continue;
                }

                var label = submitters.Count == 0 ? "(enter)" : submitters[i].Label;
                _jobs.Add(new FormJob(path, form.GetProperty("index").GetInt32(), i, label, method, actionPath, fields, Risk(actionPath, label, method), !_memory.Everywhere.Add(key)));
            }
        }
    }

    private async Task Submit(FormJob job)
    {
        var variants = job.SeenBefore ? FormVariants.Again(job.Fields, job.Method, job.ActionPath, _foreign) : FormVariants.For(job.Fields, job.Method, job.ActionPath, _foreign);
        foreach (var variant in variants)
        {
            await Go(job.Page);
            // The page may have changed since it was read (a question answered, a draft sent): find the form again.
            if (await Find(job.ActionPath) is not { } found)
            {
                continue;
            }

            var what = $"{job.Method.ToUpperInvariant()} {job.ActionPath} ('{job.Label}' on {job.Page}, {variant.Label})";
            var action = variant.Route is null ? null : new Uri(new Uri(_page.Url), variant.Route + QueryOf(job.ActionPath)).ToString();
            if (await SubmitOnPage(found.Form, found.Submitter, variant.Overrides, action, what) is not { } status)
            {
                continue;
            }

            await Check(what, status);
            if (variant.Route is not null && status is >= 200 and < 400 && !_page.Url.Contains("/login", StringComparison.Ordinal))
            {
                _problems.Add($"{_role}: {what} answered {status}; another advocate's record must be not found");
            }

            await FollowUp(job, what);
        }
    }

    /// <summary>What a submission shows next, submitted once as it stands: the form again with its errors, or the confirmation.</summary>
    private async Task FollowUp(FormJob job, string what)
    {
        var state = await _page.EvaluateAsync<string>(CrawlScripts.State);
        if (state.Length == 0)
        {
            return;
        }

        foreach (var form in (await _page.EvaluateAsync<JsonElement>(CrawlScripts.Forms)).EnumerateArray())
        {
            var submitters = form.GetProperty("submitters").EnumerateArray().Select(s => PathOf(s.GetProperty("action").GetString()!)).ToList();
            var confirm = state.Contains("confirm", StringComparison.Ordinal) && form.GetProperty("fields").EnumerateArray().Any(f => f.GetProperty("name").GetString() == "confirmed");
            var index = submitters.FindIndex(a => Shape(a) == Shape(job.ActionPath));
            if (confirm || (index >= 0 && state.Contains("errors", StringComparison.Ordinal)))
            {
                var status = await SubmitOnPage(form.GetProperty("index").GetInt32(), Math.Max(index, 0), [], null, $"{what}, then again as shown ({state})");
                if (status is { } s)
                {
                    await Check($"{what}, then again as shown ({state})", s);
                }

                return;
            }
        }
    }

    /// <summary>The form (and its button) on the page now that posts where the job's did.</summary>
    private async Task<(int Form, int Submitter)?> Find(string actionPath)
    {
        foreach (var form in (await _page.EvaluateAsync<JsonElement>(CrawlScripts.Forms)).EnumerateArray())
        {
            var submitters = form.GetProperty("submitters").EnumerateArray().Select(s => Shape(PathOf(s.GetProperty("action").GetString()!))).ToList();
            var index = submitters.Count == 0 && Shape(PathOf(form.GetProperty("action").GetString()!)) == Shape(actionPath) ? 0 : submitters.IndexOf(Shape(actionPath));
            if (index >= 0)
            {
                return (form.GetProperty("index").GetInt32(), index);
            }
        }

        return null;
    }

    private async Task<int?> SubmitOnPage(int form, int submitter, IReadOnlyList<string[]> overrides, string? action, string what)
    {
        try
        {
            Submissions++;
            // Obsolete in favour of WaitForURL, which needs the address in advance: a form may redirect anywhere or
            // come back at its own address, and only the navigation itself says when the next page is there.
#pragma warning disable CS0612
            var response = await _page.RunAndWaitForNavigationAsync(
                () => _page.EvaluateAsync<bool>(CrawlScripts.Submit, new object?[] { form, submitter, overrides, action }),
                new() { Timeout = 20_000 });
#pragma warning restore CS0612
            return response?.Status ?? 0;
        }
        catch (TimeoutException)
        {
            _problems.Add($"{_role}: {what}: no page came back within 20 s");
            return null;
        }
    }

    private async Task Check(string what, int status)
    {
        if (status >= 500 || status == 0)
        {
            _problems.Add($"{_role}: {what} answered {status} at {PathOf(_page.Url)}");
        }

        foreach (var message in _console)
        {
            _problems.Add($"{_role}: {what}: console: {message}");
        }

        _console.Clear();
        if (await _page.EvaluateAsync<string?>(CrawlScripts.Overflow) is { } overflow)
        {
            _problems.Add($"{_role}: {what}: scrolls horizontally by {overflow}");
        }

        // An error page (404, 403) is one template whatever the address: checked once.
        var state = status is >= 400 and < 500 ? $"error {status}" : $"{Shape(PathOf(_page.Url))} {status} {await _page.EvaluateAsync<string>(CrawlScripts.State)}";
        if (_memory.Checked.Add(state))
        {
            AxeRuns++;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = await _page.RunAxe();
            AxeTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            _problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v =>
                $"{_role}: {what}: {v.Impact} {v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(2).Select(n => n.Html))}"));
        }
    }

    private async Task Download(string path)
    {
        var response = await _page.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
        Pages++;
        if (response.Status >= 500)
        {
            _problems.Add($"{_role}: GET {path} (a download) answered {response.Status}");
        }
    }

    private async Task<IResponse?> Go(string path)
    {
        var response = await _page.GotoAsync(path);
        _console.Clear(); // what the page logs is checked after the action that led to it
        return response;
    }

    /// <summary>A form that acts on the crawler's own account (disable it, set its password) would end the crawl, not test it.</summary>
    private bool Mine(IEnumerable<FormField> fields, string action) =>
        _ownUserId is not null && (action.Contains(_ownUserId, StringComparison.Ordinal) || fields.Any(f => f.Value == _ownUserId));

    private static int Risk(string action, string label, string method) =>
        method == "get" ? 0 : Ends().IsMatch(action + " " + label) ? 2 : 1;

    private int Count(string shape) => _memory.Shapes[shape] = _memory.Shapes.GetValueOrDefault(shape) + 1;

    private static bool IsDownload(string path) =>
        path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/openapi/", StringComparison.Ordinal) || path.StartsWith("/calendar/", StringComparison.Ordinal) || path.Contains("/attachments/", StringComparison.Ordinal)
        || Regex.IsMatch(path, @"\.(ics|csv|zip|atom|xml|txt|eml)(\?|$)") || Downloads.Any(d => path.Contains($"handler={d}", StringComparison.OrdinalIgnoreCase));

    private static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url.Split('#')[0];

    private static string QueryOf(string path) => path.Contains('?', StringComparison.Ordinal) ? path[path.IndexOf('?', StringComparison.Ordinal)..] : string.Empty;

    /// <summary>A page's shape: numbers in the path as {n}, the query's keys without their values (but the handler's).</summary>
    private static string Shape(string path)
    {
        var parts = path.Split('?', 2);
        var shape = Number().Replace(parts[0], "/{n}");
        if (parts.Length == 2)
        {
            var keys = parts[1].Split('&').Select(p => p.Split('=')[0] is var key && key.Equals("handler", StringComparison.OrdinalIgnoreCase) ? p : key).Order(StringComparer.Ordinal);
            shape += "?" + string.Join('&', keys);
        }

        return shape;
    }

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Number();

    [GeneratedRegex("(?i)send|withdraw|publish|disable|enable|password|reset|retry|assign")]
    private static partial Regex Ends();

    private sealed record FormJob(string Page, int Index, int Submitter, string Label, string Method, string ActionPath, IReadOnlyList<FormField> Fields, int Risk, bool SeenBefore);
}
