using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RequestTracker.Background;
using RequestTracker.Mail;

namespace RequestTracker.Overview.Digest;

/// <summary>Looks every ten minutes whether today's digest is due and not yet queued.</summary>
internal sealed partial class DigestWorker(IServiceScopeFactory scopes, WorkSignal signal, TimeProvider clock, IOptions<MailOptions> options, ILogger<DigestWorker> log)
    : PollingWorker(signal, clock, log)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override string Name => "digest worker";

    protected override bool Enabled => options.Value.Digest.Enabled;

    protected override async Task<NextRound> Round(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<DigestScheduler>().QueueDue(ct);
        if (queued > 0)
        {
            LogQueued(queued);
        }

        return new NextRound(Interval, WakeOnSignal: false);
    }

    protected override TimeSpan Backoff(int failuresInARow) => Interval;

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued today's digest for {Count} manager(s).")]
    private partial void LogQueued(int count);
}
