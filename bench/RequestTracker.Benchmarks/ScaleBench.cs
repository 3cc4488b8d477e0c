using RequestTracker.Requests;
using RequestTracker.Runtime;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.Overview;

namespace RequestTracker.Benchmarks;

/// <summary>
/// The app as its users meet it, at demo size (1,000 live questions) and again after history has grown to
/// N questions: page latencies at 16 connections (dashboard, questions list, request page, workflow page), a
/// request filed through the API at 16 connections, timer lateness with 300 timers due per second, and how
/// fast the running app drains 10,000 timers due at once. The app is the Release build, run as a process on
/// the given database; data is written in SQL (<see cref="ScaleSeed"/>).
/// </summary>
internal static partial class ScaleBench
{
    private const int Connections = 16;
    private const int LatenessTimers = 6_000;
    private const int PerSecond = 300;
    private const int DrainTimers = 10_000;
    private const string Password = "a long enough bench passphrase";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("BENCH_SECONDS") ?? "5", CultureInfo.InvariantCulture));

    public static async Task Run(IServiceProvider services, string root, string provider, string connectionString, int questions)
    {
        var authority = await TimerSeed.Questions(services, ScaleSeed.QuestionsPerRequest, "template", ScaleSeed.QuestionsPerRequest);
        var template = await Db(services, async db =>
        {
            await db.Timers.ExecuteDeleteAsync();
            return await db.Requests.Where(r => r.AuthorityId == authority).Select(r => r.Id).SingleAsync();
        });
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider == "sqlite" ? "Sqlite" : "PostgreSql",
            ["ConnectionStrings__RequestTracker"] = connectionString,
            ["DataPath"] = Directory.CreateTempSubdirectory("rt-scale-").FullName,
            ["Mail__Delivery__Enabled"] = "false",
            ["Mail__Digest__Enabled"] = "false",
        };

        foreach (var (email, role) in new[] { ("scale-manager@example.org", "Manager"), ("scale-advocate@example.org", "Advocate") })
        {
            await AppProcess.Command(root, environment, Password, "users", "create", "--email", email, "--role", role, "--password-stdin");
        }

        var watch = Stopwatch.StartNew();
        await Db(services, db => ScaleSeed.Copies(db, template, 100, history: false));
        await Settle(services);
        var live = await Db(services, db => db.Requests.Where(r => r.Id > template).OrderBy(r => r.Id).Select(r => new { r.Id, Question = r.Questions.Min(q => q.Id) }).FirstAsync());
        var owner = await Db(services, db => db.Requests.Where(r => r.Id == template).Select(r => r.OwnerId).SingleAsync());
        var small = await Measure(services, root, environment, authority, owner, live.Id, live.Question, "small");
        Console.WriteLine($"{provider}: demo size measured");

        watch.Restart();
        var historyRequests = (questions - 1_000) / ScaleSeed.QuestionsPerRequest;
        await Db(services, db => ScaleSeed.Copies(db, template, historyRequests, history: true));
        await Settle(services);
        var total = await Db(services, db => db.Questions.CountAsync());
        Console.WriteLine($"{provider}: {historyRequests * ScaleSeed.QuestionsPerRequest:N0} questions of history written in {watch.Elapsed.TotalSeconds:N0} s; {total:N0} questions in all");
        var large = await Measure(services, root, environment, authority, owner, live.Id, live.Question, "large");

        Console.WriteLine($"| provider | figure | 1,000 questions | {total:N0} questions | large / small |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var (name, a, b) in small.Pages.Zip(large.Pages, (x, y) => (x.Name, x.Latencies, y.Latencies)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {provider} | {name} p50 / p99, {Connections} connections | {a} | {b} | {b.P50 / a.P50:0.00}x / {b.P99 / a.P99:0.00}x |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | timer lateness p50 / p99, {PerSecond} due per second | {small.Lateness} | {large.Lateness} | {large.Lateness.P50 / small.Lateness.P50:0.00}x / {large.Lateness.P99 / small.Lateness.P99:0.00}x |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | timers drained by the running app ({DrainTimers:N0} due at once) | {small.Drain:N0}/s | {large.Drain:N0}/s | {large.Drain / small.Drain:0.00}x |"));
    }

    private sealed record Figures(IReadOnlyList<(string Name, Latencies Latencies)> Pages, Latencies Lateness, double Drain);

    private static async Task<Figures> Measure(IServiceProvider services, string root, Dictionary<string, string> environment, int authority, string owner, int requestId, int questionId, string tag)
    {
        var pages = new List<(string, Latencies)>();
        using (var app = AppProcess.Start(root, environment, out var listening))
        {
            var url = await listening.WaitAsync(TimeSpan.FromMinutes(2));
            using var manager = await SignIn(url, "scale-manager@example.org");
            using var api = Client(url);
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Token(api, "scale-advocate@example.org"));
            pages.Add(("/dashboard", await HttpLoad.Run(manager, () => new HttpRequestMessage(HttpMethod.Get, "/dashboard"), Connections, Duration)));
            // Every filter the questions list offers, each alone: the history is one authority's and one advocate's.
            foreach (var (name, query) in new[]
            {
                ("open", "category=open"), ("overdue", "overdue=true"), ("due soon", "dueSoon=true"), ("by authority", $"authorityId={authority}"),
                ("by advocate", $"ownerId={Uri.EscapeDataString(owner)}"), ("by state", "state=escalating"), ("by law", "lawId=io-default"),
                ("refused", "category=refused"), ("not overdue", "overdue=false"),
            })
            {
                pages.Add(($"/questions ({name})", await HttpLoad.Run(manager, () => new HttpRequestMessage(HttpMethod.Get, $"/questions?{query}"), Connections, Duration)));
            }

            pages.Add(("/workflows/question (per-state counts)", await HttpLoad.Run(manager, () => new HttpRequestMessage(HttpMethod.Get, "/workflows/question"), Connections, Duration)));
            pages.Add(("/requests/{id}", await HttpLoad.Run(manager, () => new HttpRequestMessage(HttpMethod.Get, $"/requests/{requestId}"), Connections, Duration)));
            pages.Add(("/authorities/{id} (figures)", await HttpLoad.Run(manager, () => new HttpRequestMessage(HttpMethod.Get, $"/authorities/{authority}"), Connections, Duration)));
            pages.Add(("/questions/{id}/workflow", await HttpLoad.Run(manager, () => new HttpRequestMessage(HttpMethod.Get, $"/questions/{questionId}/workflow"), Connections, Duration)));
            var body = new { authorityId = authority, title = "Scale", body = "Please provide.", legalBasis = "The law", questions = new[] { new { category = "Other", text = "The file" } } };
            pages.Add(("POST /api/requests", await HttpLoad.Run(api, () => new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(body) }, Connections, Duration)));
            app.Kill();
        }

        // Timers the app has not seen yet, written while it is stopped, due from a few seconds after it starts.
        // A first 300 fire as soon as it is up and are not counted: lateness is that of a running app, not of
        // its first second (the firing path compiled on first use cost up to 430 ms).
        var later = DateTime.UtcNow.AddDays(1);
        var warmUp = await TimerSeed.Questions(services, PerSecond, $"warm-up-{tag}", dueAt: _ => later.AddSeconds(-10));
        var lateness = await TimerSeed.Questions(services, LatenessTimers, $"lateness-{tag}", dueAt: k => later.AddTicks(k * TimeSpan.TicksPerSecond / PerSecond));
        var drain = await TimerSeed.Questions(services, DrainTimers, $"drain-{tag}", dueAt: _ => later.AddSeconds(30));
        var start = DateTime.UtcNow.AddSeconds(15);
        var shift = (start - later).TotalSeconds;
        await Db(services, db => db.Timers.Where(t => t.DueAt >= later.AddSeconds(-10)).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, t => t.DueAt.AddSeconds(shift))));
        using (var app = AppProcess.Start(root, environment, out var listening))
        {
            await listening.WaitAsync(TimeSpan.FromMinutes(2));
            var deadline = Stopwatch.StartNew();
            while (await Db(services, db => db.Timers.CountAsync(t => t.DueAt <= start.AddSeconds(31))) > 0)
            {
                if (deadline.Elapsed > TimeSpan.FromMinutes(10))
                {
                    throw new TimeoutException("The app did not fire the timers within 10 minutes.");
                }

                await Task.Delay(250);
            }

            app.Kill();
        }

        var late = await Fired(services, lateness);
        var drained = await Fired(services, drain);
        if (late.Count != LatenessTimers || drained.Count != DrainTimers)
        {
            throw new InvalidOperationException($"Fired {late.Count} of {LatenessTimers} and {drained.Count} of {DrainTimers} timers.");
        }

        // The questions these timers moved to escalated become history, so the next measurement's live set is
        // the same 1,000 questions and only history has grown.
        int[] sets = [warmUp, lateness, drain];
        await Db(services, async db =>
        {
            await db.Timers.Where(t => db.Set<WorkflowInstance>().Any(w => w.QuestionId == t.QuestionId && sets.Contains(w.AuthorityId))).ExecuteDeleteAsync();
            await db.Workflows.Where(w => sets.Contains(w.AuthorityId))
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.State, "answered").SetProperty(w => w.Category, RequestTracker.Definitions.StateCategory.Answered));
        });
        var lags = late.Select(j => (j.At - j.ScheduledFor!.Value).TotalMilliseconds).Order().ToArray();
        var drainSeconds = (drained.Max(j => j.At) - drained.Min(j => j.ScheduledFor!.Value)).TotalSeconds;
        return new Figures(pages, new Latencies(lags.Length, lags[lags.Length / 2], lags[(int)Math.Ceiling(lags.Length * 0.99) - 1], PerSecond), DrainTimers / drainSeconds);
    }

    private static Task<List<(DateTime At, DateTime? ScheduledFor)>> Fired(IServiceProvider services, int authority) =>
        Db(services, async db => (await db.Journal.Where(j => j.Event == "deadline-passed" && db.Set<WorkflowInstance>().Any(w => w.QuestionId == j.QuestionId && w.AuthorityId == authority))
            .Select(j => new { j.At, j.ScheduledFor }).ToListAsync()).Select(j => (j.At, j.ScheduledFor)).ToList());

    /// <summary>What an operator does after a bulk load: the dashboard's counts rebuilt, statistics refreshed.</summary>
    private static async Task Settle(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CategoryCounter>().Rebuild(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<StateCounter>().Rebuild(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM ANALYZE" : "ANALYZE");
    }

    private static async Task<T> Db<T>(IServiceProvider services, Func<AppDbContext, Task<T>> use)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        return await use(db);
    }

    private static async Task Db(IServiceProvider services, Func<AppDbContext, Task> use) => await Db(services, async db =>
    {
        await use(db);
        return 0;
    });

    private static HttpClient Client(string url, CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = cookies is not null, MaxConnectionsPerServer = Connections })
        {
            BaseAddress = new Uri(url),
        };

    /// <summary>Signs in through the sign-in page, as a browser does, and keeps the cookie.</summary>
    private static async Task<HttpClient> SignIn(string url, string email)
    {
        var client = Client(url, new CookieContainer());
        var form = await client.GetStringAsync("/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var posted = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in answered {(int)posted.StatusCode}.");
        }

        return client;
    }

    private static async Task<string> Token(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.AccessToken;
    }

    private sealed record TokenAnswer(string AccessToken);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
