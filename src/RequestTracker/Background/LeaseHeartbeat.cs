using Microsoft.Extensions.Logging;

namespace RequestTracker.Background;

/// <summary>
/// Renews a lease every third of its length while its work goes on, so leases can be short: a replica
/// killed mid-work frees its timers or the mailbox within one lease (seconds), while a live one, however
/// slow, keeps them. <see cref="Lost"/> trips when a renewal finds the lease taken by another replica, or
/// when renewals have failed (database unreachable) for a whole lease; the work should then stop at its next
/// safe point, since someone else may be doing it.
/// </summary>
internal sealed partial class LeaseHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _loop;

    private LeaseHeartbeat(Func<CancellationToken, Task<bool>> renew, TimeSpan lease, TimeProvider clock, ILogger log) =>
        _loop = Loop(renew, lease, clock, log);

    public CancellationToken Lost => _lost.Token;

    /// <summary>Starts renewing; <paramref name="renew"/> extends the lease and says whether it is still ours.</summary>
    public static LeaseHeartbeat Start(Func<CancellationToken, Task<bool>> renew, TimeSpan lease, TimeProvider clock, ILogger log) =>
        new(renew, lease, clock, log);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task Loop(Func<CancellationToken, Task<bool>> renew, TimeSpan lease, TimeProvider clock, ILogger log)
    {
        var renewed = clock.GetUtcNow();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(lease / 3, clock, _stop.Token);
                if (!await renew(_stop.Token))
                {
                    await _lost.CancelAsync();
                    return;
                }

                renewed = clock.GetUtcNow();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRenewalFailed(log, e);
                if (clock.GetUtcNow() - renewed >= lease)
                {
                    await _lost.CancelAsync();
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing a lease failed; trying again at the next beat.")]
    private static partial void LogRenewalFailed(ILogger logger, Exception e);
}
