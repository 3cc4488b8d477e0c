using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;

namespace RequestTracker.Runtime;

/// <summary>
/// The one-time work an upgrade leaves on existing rows, done in batches in the background instead of holding
/// start-up: at a million questions it is millions of rows and minutes of work. First the workflows written before
/// deadlines were stored as days get their days (<see cref="DeadlineDaysBackfill"/>), then the journal entries written
/// before the journal was a hash chain are sealed (<see cref="JournalChain.SealBatch"/>: an old entry joins its
/// request's chain after the head, as it did at start-up, while new entries chain as always). The app serves
/// meanwhile; the log says how far it has come and <c>/health/ready</c> reports it, degraded, until it is done. Any
/// replica may do it: a batch another replica changed at the same moment is read again.
/// </summary>
internal sealed partial class BackgroundUpgrade(IServiceScopeFactory scopes, IConfiguration configuration, WorkSignal signal, TimeProvider clock, ILogger<BackgroundUpgrade> log)
    : PollingWorker(signal, clock, log), IHealthCheck
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    private readonly Part[] _parts =
    [
        new("workflows to give their deadline days",
            (db, ct) => db.Workflows.LongCountAsync(w => w.DueOn == null && w.DueAt != null, ct),
            (db, services, ct) => DeadlineDaysBackfill.FillBatch(db, services.GetRequiredService<DefinitionStore>(), ct)),
        new("journal entries written before the hash chain to seal",
            (db, ct) => db.Journal.LongCountAsync(j => j.Hash == null, ct),
            (db, _, ct) => JournalChain.SealBatch(db, ct)),
    ];

    private long _done;

    protected override string Name => "background upgrade";

    /// <summary><c>Upgrade:Background:Enabled</c> false holds it on this replica (another does it; readiness still says what is left).</summary>
    protected override bool Enabled => configuration.GetValue("Upgrade:Background:Enabled", true);

    protected override async Task<NextRound> Round(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await Count(db, ct) && _parts.Any(p => p.Left > 0))
        {
            LogStarting(_parts[0].Left, _parts[1].Left);
        }

        if (_parts.FirstOrDefault(p => p.Left > 0) is not { } part)
        {
            return new NextRound(Idle, WakeOnSignal: false);
        }

        var done = await part.Batch(db, scope.ServiceProvider, ct);
        // Less what was done, never zero on a guess: zero only when a count finds none (after a batch that did nothing,
        // as when another replica did those rows first).
        part.Left = done > 0 ? Math.Max(1, part.Left - done) : await part.Count(db, ct);
        var before = _done;
        _done += done;
        if (before / 50_000 != _done / 50_000)
        {
            LogProgress(_done, _parts[0].Left, _parts[1].Left);
        }

        if (_parts.All(p => p.Left == 0))
        {
            LogDone(_done);
        }

        return NextRound.AtOnce;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_parts.Any(p => p.Left < 0))
        {
            // Asked before the first round has counted: count now (ranges of filtered indexes).
            await using var scope = scopes.CreateAsyncScope();
            await Count(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        }

        return _parts.All(p => p.Left == 0)
            ? HealthCheckResult.Healthy("No upgrade work is left.")
            : HealthCheckResult.Degraded($"Upgrading existing rows in the background: about {Left()} left.");
    }

    /// <summary>Counts each part not counted yet; true when any was.</summary>
    private async Task<bool> Count(AppDbContext db, CancellationToken ct)
    {
        var counted = false;
        foreach (var part in _parts.Where(p => p.Left < 0))
        {
            part.Left = await part.Count(db, ct);
            counted = true;
        }

        return counted;
    }

    private string Left() => string.Join("; ", _parts.Where(p => p.Left != 0).Select(p => $"{Math.Max(0, p.Left):N0} {p.Name}"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Upgrading existing rows in the background: {Days} workflows to give their deadline days, {Entries} journal entries written before the hash chain to seal")]
    private partial void LogStarting(long days, long entries);

    [LoggerMessage(Level = LogLevel.Information, Message = "Background upgrade: {Done} rows done; left about {Days} workflows without their days, {Entries} unsealed journal entries")]
    private partial void LogProgress(long done, long days, long entries);

    [LoggerMessage(Level = LogLevel.Information, Message = "Background upgrade done: {Done} rows")]
    private partial void LogDone(long done);

    /// <summary>One kind of upgrade work: how much is left (-1: not counted yet), how to count it and how to do a batch.</summary>
    private sealed class Part(string name, Func<AppDbContext, CancellationToken, Task<long>> count, Func<AppDbContext, IServiceProvider, CancellationToken, Task<int>> batch)
    {
        private long _left = -1;

        public string Name => name;

        public long Left
        {
            get => Interlocked.Read(ref _left);
            set => Interlocked.Exchange(ref _left, value);
        }

        public Task<long> Count(AppDbContext db, CancellationToken ct) => count(db, ct);

        public Task<int> Batch(AppDbContext db, IServiceProvider services, CancellationToken ct) => batch(db, services, ct);
    }
}
