using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RequestTracker.Background;

namespace RequestTracker.Runtime;

/// <summary>
/// Fires due timers: claims a batch with a lease, fires each in its own transaction, repeats while there
/// is work, then sleeps until the next due time, a commit in this process, or MaxIdleSeconds.
/// </summary>
internal sealed partial class TimerWorker(
    IServiceScopeFactory scopes,
    WorkflowSignal signal,
    TimeProvider clock,
    IOptions<WorkerOptions> options,
    ILogger<TimerWorker> log) : BackgroundService
{
    private static readonly Meter Meter = new("RequestTracker.Workflows");
    private static readonly Counter<long> Fired = Meter.CreateCounter<long>("requesttracker.timers.fired");
    private static readonly Counter<long> Skipped = Meter.CreateCounter<long>("requesttracker.timers.skipped");
    private static readonly Histogram<double> Lag = Meter.CreateHistogram<double>("requesttracker.timers.lag", unit: "s");

    /// <summary>This worker's lease owner name: host, process and a random part.</summary>
    public string Owner { get; } = LeaseOwner.New();

    /// <summary>Claims and fires one batch; returns how many timers were claimed.</summary>
    public async Task<int> RunOnce(CancellationToken ct)
    {
        var settings = options.Value;
        (string Token, IReadOnlyList<long> Ids) claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<TimerClaims>()
                .Claim(Owner, settings.BatchSize, TimeSpan.FromSeconds(settings.LeaseSeconds), ct);
        }

        foreach (var id in claimed.Ids)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().FireTimer(id, claimed.Token, ct))
            {
                Fired.Add(1);
            }
            else
            {
                Skipped.Add(1);
            }
        }

        return claimed.Ids.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var pulse = signal.NextPulse;
            try
            {
                if (await RunOnce(stoppingToken) > 0)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                var next = await scope.ServiceProvider.GetRequiredService<TimerClaims>().NextWakeUp(stoppingToken);
                var maxIdle = TimeSpan.FromSeconds(options.Value.MaxIdleSeconds);
                var wait = next is { } at ? at - clock.GetUtcNow().UtcDateTime : maxIdle;
                if (next is { } due && wait <= TimeSpan.Zero)
                {
                    Lag.Record((clock.GetUtcNow().UtcDateTime - due).TotalSeconds);
                }

                await WorkflowSignal.Wait(pulse, wait < maxIdle ? wait : maxIdle, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A database outage must not kill the worker: log, back off, try again.
                LogFailure(e);
                await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The timer worker failed; retrying in 5 seconds.")]
    private partial void LogFailure(Exception e);
}
