using RequestTracker.Replies;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>
/// How much work is waiting, as gauges: due timers (and those due over a minute ago: the workers are
/// behind), queued emails and the age of the oldest, replies waiting for a manager. Read from the database
/// every 15 s by this service, never inside the exporter's callback; each count is an index range.
/// Registered only when telemetry is on.
/// </summary>
internal sealed partial class WorkGauges : BackgroundService
{
    public const string MeterName = "RequestTracker.Work";

    private static readonly TimeSpan Every = TimeSpan.FromSeconds(15);
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<WorkGauges> _log;
    private readonly Meter _meter = new(MeterName);
    private Snapshot _last = new(0, 0, 0, 0, 0);

    public WorkGauges(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkGauges> log)
    {
        _scopes = scopes;
        _clock = clock;
        _log = log;
        _meter.CreateObservableGauge("requesttracker.timers.due", () => Volatile.Read(ref _last).DueTimers, "{timer}", "Timers due now and not yet fired.");
        _meter.CreateObservableGauge("requesttracker.timers.overdue", () => Volatile.Read(ref _last).LateTimers, "{timer}", "Timers due more than a minute ago and not yet fired: the workers are behind or stopped.");
        _meter.CreateObservableGauge("requesttracker.outbox.depth", () => Volatile.Read(ref _last).Queued, "{email}", "Emails queued and not yet accepted by the mail server.");
        _meter.CreateObservableGauge("requesttracker.outbox.oldest_age", () => Volatile.Read(ref _last).OldestQueuedSeconds, "s", "Age of the oldest queued email.");
        _meter.CreateObservableGauge("requesttracker.inbox.unmatched", () => Volatile.Read(ref _last).Unmatched, "{email}", "Replies waiting for a manager to match them to a request.");
    }

    private sealed record Snapshot(int DueTimers, int LateTimers, int Queued, double OldestQueuedSeconds, int Unmatched);

    /// <summary>Reads the figures once (the loop's body; tests call it directly).</summary>
    public async Task Refresh(CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = _clock.GetUtcNow().UtcDateTime;
        var late = now.AddMinutes(-1);
        var oldest = await db.Outbox.Where(o => o.Status == OutboxStatus.Queued).OrderBy(o => o.Id).Select(o => (DateTime?)o.CreatedAt).FirstOrDefaultAsync(ct);
        Volatile.Write(ref _last, new Snapshot(
            await db.Timers.CountAsync(t => t.DueAt <= now, ct),
            await db.Timers.CountAsync(t => t.DueAt <= late, ct),
            await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Queued, ct),
            oldest is { } created ? Math.Max(0, (now - created).TotalSeconds) : 0,
            await db.Inbox.CountAsync(m => m.Status == InboundStatus.Unmatched, ct)));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Refresh(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A gauge that could not be read keeps its last value; the app goes on.
                RefreshFailed(_log, e.Message);
            }

            await Task.Delay(Every, _clock, stoppingToken);
        }
    }

    public override void Dispose()
    {
        _meter.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the work gauges: {Error}")]
    private static partial void RefreshFailed(ILogger logger, string error);
}
