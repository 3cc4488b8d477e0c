using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RequestTracker;
using RequestTracker.Benchmarks;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Runtime;

// Drains N due timers through the real engine (TimerWorker.RunOnce: lease claim, load, write path,
// one commit per chunk of the claim) and, in the same process on the same database, through a bare SQL loop doing the
// same row changes. Prints both rates, their ratio and the process's peak memory.
//   dotnet run -c Release --project bench/RequestTracker.Benchmarks -- sqlite 100000
//   dotnet run -c Release --project bench/RequestTracker.Benchmarks -- postgresql 100000 "Host=...;Username=..."
// With "mail", it measures the email delivery worker instead (MailBench).
var provider = args.ElementAtOrDefault(0) ?? "sqlite";
var count = int.Parse(args.ElementAtOrDefault(1) ?? "100000", CultureInfo.InvariantCulture);
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "RequestTracker.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
}

if (provider == "mail")
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- mail 10000 SMTP_PORT
    await MailBench.Run(root, count, int.Parse(args[2], CultureInfo.InvariantCulture));
    return;
}

if (provider == "suggestions")
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- suggestions
    string[] sets = ["labelled-replies.json", "held-out-replies.json", "labelled-replies-ru.json", "held-out-replies-ru.json"];
    foreach (var set in sets)
    {
        SuggestionBench.Run(Path.Combine(root, "tests", "data", set));
    }
    return;
}

string connectionString;
var folder = Directory.CreateTempSubdirectory("rt-bench-").FullName;
if (provider == "sqlite")
{
    connectionString = $"Data Source={Path.Combine(folder, "bench.db")}";
}
else
{
    var admin = args.ElementAtOrDefault(2) ?? Environment.GetEnvironmentVariable("RT_TEST_POSTGRES") ?? throw new InvalidOperationException("PostgreSQL admin connection string needed.");
    var name = $"rt_bench_{Guid.NewGuid():N}";
    await using (var connection = new NpgsqlConnection(admin))
    {
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, EnvironmentName = "Production" });
builder.Logging.SetMinimumLevel(Environment.GetEnvironmentVariable("BENCH_SQL") is null ? LogLevel.Warning : LogLevel.Information);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider == "sqlite" ? "Sqlite" : "PostgreSql",
    ["ConnectionStrings:RequestTracker"] = connectionString,
    ["Workflows:Path"] = Path.Combine(root, "workflows"),
    ["Workflows:Worker:BatchSize"] = "500",
});
builder.Services.AddAppDatabase();
builder.Services.AddRequestTrackerHandlers();
using var host = builder.Build();

await DatabaseMigrator.Migrate(host.Services, CancellationToken.None);
await using (var scope = host.Services.CreateAsyncScope())
{
    await host.Services.GetRequiredService<DefinitionStore>().StoreSnapshots(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
}

if (args.Contains("--takeover"))
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- postgresql 2000 ADMIN --takeover TIMER_LEASE MAILBOX_LEASE IMAP_PORT
    var at = Array.IndexOf(args, "--takeover");
    await TakeoverBench.Run(
        root, connectionString, int.Parse(args[at + 1], CultureInfo.InvariantCulture), int.Parse(args[at + 2], CultureInfo.InvariantCulture), int.Parse(args[at + 3], CultureInfo.InvariantCulture),
        () => TimerSeed.Questions(host.Services, count, "takeover"));
    return;
}

if (args.Contains("--scale"))
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- sqlite 1000000 --scale
    await ScaleBench.Run(host.Services, root, provider, connectionString, count);
    return;
}

if (args.Contains("--startup"))
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- sqlite 1000000 --startup
    await StartupBench.Run(host.Services, root, provider, connectionString, count);
    return;
}

if (args.Contains("--search"))
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- sqlite 100000 --search   (N requests, 10 N replies)
    await SearchBench.Run(host.Services, provider, count);
    return;
}

if (args.Contains("--dossier"))
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- sqlite 1024 --dossier   (N MiB of attachments)
    await DossierBench.Run(host.Services, provider, count);
    return;
}

if (args.Contains("--figures"))
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- sqlite 1000000 --figures
    await FiguresBench.Run(host.Services, provider, count);
    return;
}

if (args.Contains("--claims"))
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- sqlite 1000000 --claims
    await ClaimBench.Run(host.Services, provider, count);
    return;
}

if (args.Contains("--lists"))
{
    // dotnet run -c Release --project bench/RequestTracker.Benchmarks -- sqlite 100000 --lists
    await ListBench.Run(host.Services, provider, count);
    return;
}

Console.WriteLine($"{provider}: seeding {count:N0} due timers three times (bare per timer, bare per chunk, engine)...");
var chunk = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value.FireTogether;
var barePerTimer = await Bare(1);
var bareRate = await Bare(chunk);

await TimerSeed.Questions(host.Services, count, "engine");
var worker = host.Services.GetRequiredService<TimerWorker>();
var engineWatch = Stopwatch.StartNew();
var claimed = 0;
for (int batch; (batch = await worker.RunOnce(CancellationToken.None)) > 0;)
{
    claimed += batch;
}

var engineRate = claimed / engineWatch.Elapsed.TotalSeconds;
await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    var firedByEngine = await db.Journal.CountAsync(j => j.Event == "deadline-passed" && j.Actor.StartsWith("timer@"));
    if (firedByEngine != count)
    {
        throw new InvalidOperationException($"The engine fired {firedByEngine} of {count} timers.");
    }
}

using var self = Process.GetCurrentProcess();
Console.WriteLine($"| {provider} | {count:N0} | {engineRate:N0} | {barePerTimer:N0} | {engineRate / barePerTimer:P0} | {bareRate:N0} | {engineRate / bareRate:P0} | {self.PeakWorkingSet64 / (1024 * 1024):N0} MiB |");
Directory.Delete(folder, recursive: true);

async Task<double> Bare(int perCommit)
{
    await TimerSeed.Questions(host.Services, count, $"bare-{perCommit}");
    await using var scope = host.Services.CreateAsyncScope();
    var watch = Stopwatch.StartNew();
    var fired = await BareLoop.Drain(scope.ServiceProvider.GetRequiredService<AppDbContext>(), perCommit);
    return fired / watch.Elapsed.TotalSeconds;
}
