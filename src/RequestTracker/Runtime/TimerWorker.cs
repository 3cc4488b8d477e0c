using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RequestTracker.Background;

namespace RequestTracker.Runtime;

/// <summary>
/// Fires due timers: claims a batch with a lease, fires it in chunks of FireTogether timers, one transaction each, repeats while there
/// is work, then sleeps until the next due time, a commit in this process, or MaxIdleSeconds. The batch's
/// lease is short and renewed while it is worked (<see cref="LeaseHeartbeat"/>).
/// </summary>
internal sealed class TimerWorker(
    IServiceScopeFactory scopes,
    WorkSignal signal,
    TimeProvider clock,
    IOptions<WorkerOptions> options,
    ILogger<TimerWorker> log) : PollingWorker(signal, clock, log)
{
    private static readonly Meter Meter = new("RequestTracker.Workflows");
    private static readonly Counter<long> Fired = Meter.CreateCounter<long>("requesttracker.timers.fired");
    private static readonly Counter<long> Skipped = Meter.CreateCounter<long>("requesttracker.timers.skipped");
    private static readonly Histogram<double> Lag = Meter.CreateHistogram<double>("requesttracker.timers.lag", unit: "s");

    /// <summary>This worker's lease owner name: host, process and a random part.</summary>
    public string Owner { get; } = LeaseOwner.New();

    protected override string Name => "timer worker";

    protected override bool Enabled => options.Value.Enabled;

    /// <summary>Claims and fires one batch; returns how many timers were claimed.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        var settings = options.Value;
        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds);
        LeaseClaim claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<TimerClaims>().Claim(Owner, settings.BatchSize, lease, ct);
        }

        if (claimed.Ids.Count == 0)
        {
            return 0;
        }

        await using var heartbeat = LeaseHeartbeat.Start(
            async beat =>
            {
                await using var scope = scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<TimerClaims>().Renew(claimed, lease, beat);
            },
            lease,
            Clock,
            log);
        foreach (var chunk in claimed.Ids.Chunk(settings.FireTogether))
        {
            if (heartbeat.Lost.IsCancellationRequested)
            {
                break; // the rest of the batch may be another replica's now; it fires them
            }

            await using var scope = scopes.CreateAsyncScope();
            var fired = await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireTimers(chunk, claimed.Token, ct);
            Fired.Add(fired);
            Skipped.Add(chunk.Length - fired);
        }

        return claimed.Ids.Count;
    }

    protected override async Task<NextRound> Round(CancellationToken ct)
    {
        if (await RunOnce(ct) > 0)
        {
            return NextRound.AtOnce;
        }

        await using var scope = scopes.CreateAsyncScope();
        var next = await scope.ServiceProvider.GetRequiredService<TimerClaims>().NextWakeUp(ct);
        if (next is { } due && due <= Clock.GetUtcNow().UtcDateTime)
        {
            Lag.Record((Clock.GetUtcNow().UtcDateTime - due).TotalSeconds);
        }

        return Until(next, TimeSpan.FromSeconds(options.Value.MaxIdleSeconds));
    }
}
