using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RequestTracker.Mail.Digest;

/// <summary>Looks every ten minutes whether today's digest is due and not yet queued.</summary>
internal sealed partial class DigestWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MailOptions> options, ILogger<DigestWorker> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Digest.Enabled)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var queued = await scope.ServiceProvider.GetRequiredService<DigestScheduler>().QueueDue(stoppingToken);
                if (queued > 0)
                {
                    LogQueued(queued);
                }

                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailure(e);
                await Task.Delay(Interval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued today's digest for {Count} manager(s).")]
    private partial void LogQueued(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The digest worker failed; trying again in 10 minutes.")]
    private partial void LogFailure(Exception e);
}
