using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RequestTracker.Background;

/// <summary>What a worker's round asks for: how long to wait, and whether a commit in this process may cut the wait short.</summary>
internal readonly record struct NextRound(TimeSpan Wait, bool WakeOnSignal = true)
{
    public static NextRound AtOnce => new(TimeSpan.Zero);
}

/// <summary>
/// The one loop every background worker runs (timers, outbox delivery, mail intake, digest): a round of
/// work, then a wait — until the time the round asked for, or until this process commits new work. A
/// failing round (database or server down) never ends the worker: it is logged and retried after a backoff.
/// </summary>
internal abstract partial class PollingWorker(WorkSignal signal, TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly Task Never = new TaskCompletionSource().Task;
    private long _rounds;

    /// <summary>The worker's name in logs.</summary>
    protected abstract string Name { get; }

    /// <summary>False when this replica is configured not to run the worker.</summary>
    protected abstract bool Enabled { get; }

    protected TimeProvider Clock => clock;

    /// <summary>Rounds finished without a failure since start: a worker that has begun its wait has finished one.</summary>
    public long RoundsDone => Interlocked.Read(ref _rounds);

    /// <summary>One round of work.</summary>
    protected abstract Task<NextRound> Round(CancellationToken ct);

    /// <summary>How long to wait after the <paramref name="failuresInARow"/>-th failure in a row (0-based).</summary>
    protected virtual TimeSpan Backoff(int failuresInARow) => TimeSpan.FromSeconds(5);

    /// <summary>Called after a failed round, before the backoff (e.g. to drop a broken connection).</summary>
    protected virtual Task AfterFailure() => Task.CompletedTask;

    /// <summary>Called once when the loop ends, by the loop's own task.</summary>
    protected virtual ValueTask Stopped() => ValueTask.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        await Task.Yield();
        try
        {
            await Loop(stoppingToken);
        }
        finally
        {
            await Stopped();
        }
    }

    private async Task Loop(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before the round, so a commit during the round is not missed.
            var pulse = signal.NextPulse;
            try
            {
                var next = await Round(stoppingToken);
                failures = 0;
                Interlocked.Increment(ref _rounds);
                await WorkSignal.Wait(next.WakeOnSignal ? pulse : Never, next.Wait, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                var wait = Backoff(failures++);
                LogFailure(logger, e, Name, wait.TotalSeconds);
                await AfterFailure();
                await Task.Delay(wait, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Until <paramref name="next"/> (capped at <paramref name="max"/>); <paramref name="max"/> when nothing is due.</summary>
    protected NextRound Until(DateTime? next, TimeSpan max)
    {
        var wait = next is { } at ? at - clock.GetUtcNow().UtcDateTime : max;
        return new NextRound(wait < max ? wait : max);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Worker} failed; retrying in {Seconds} s.")]
    private static partial void LogFailure(ILogger logger, Exception e, string worker, double seconds);
}
