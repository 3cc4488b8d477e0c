using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Benchmarks;

/// <summary>
/// Starting the app on a database upgraded from before the journal was a hash chain, at a million questions: the
/// time until it answers, and until <c>/health/ready</c> says the journal is sealed (in the background), against a
/// start of the same database once sealed, in the same run.
/// </summary>
internal static class StartupBench
{
    public static async Task Run(IServiceProvider services, string root, string provider, string connectionString, int questions)
    {
        var authority = await TimerSeed.Questions(services, ScaleSeed.QuestionsPerRequest, "startup", ScaleSeed.QuestionsPerRequest);
        var template = await Db(services, async db =>
        {
            await db.Timers.ExecuteDeleteAsync();
            return await db.Requests.Where(r => r.AuthorityId == authority).Select(r => r.Id).SingleAsync();
        });
        var watch = Stopwatch.StartNew();
        await Db(services, db => ScaleSeed.Copies(db, template, questions / ScaleSeed.QuestionsPerRequest, history: true, chained: false));
        var unsealed = await Db(services, db => db.Journal.LongCountAsync(j => j.Hash == null));
        Console.WriteLine($"{provider}: {questions:N0} questions with {unsealed:N0} unsealed journal entries written in {watch.Elapsed.TotalSeconds:N0} s");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider == "sqlite" ? "Sqlite" : "PostgreSql",
            ["ConnectionStrings__RequestTracker"] = connectionString,
            ["DataPath"] = Directory.CreateTempSubdirectory("rt-startup-").FullName,
            ["Mail__Delivery__Enabled"] = "false",
            ["Mail__Digest__Enabled"] = "false",
        };

        var upgraded = await Start(root, environment);
        var again = await Start(root, environment);
        Console.WriteLine($"| provider | start | answers after | ready (journal sealed) after | sealed per second |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | upgraded, {unsealed:N0} entries to seal | {upgraded.Answers:N1} s | {upgraded.Ready:N1} s | {unsealed / (upgraded.Ready - upgraded.Answers):N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | the same database again, sealed | {again.Answers:N1} s ({again.Answers / upgraded.Answers:0.00}x) | {again.Ready:N1} s | — |"));
    }

    /// <summary>Seconds from starting the process until it answers, and until readiness says "Healthy".</summary>
    private static async Task<(double Answers, double Ready)> Start(string root, Dictionary<string, string> environment)
    {
        var watch = Stopwatch.StartNew();
        using var app = AppProcess.Start(root, environment, out var listening);
        var url = await listening.WaitAsync(TimeSpan.FromMinutes(10));
        var answers = watch.Elapsed.TotalSeconds;
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        while (await client.GetStringAsync("/health/ready") != "Healthy")
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(30))
            {
                throw new TimeoutException("The journal was not sealed within 30 minutes.");
            }

            await Task.Delay(200);
        }

        var ready = watch.Elapsed.TotalSeconds;
        app.Kill();
        await app.WaitForExitAsync();
        return (answers, ready);
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
}
