using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using RequestTracker.Background;
using RequestTracker.Runtime;

namespace RequestTracker.Mail.Delivery;

/// <summary>
/// Sends the outbox: claims a batch with a lease, sends each row over this worker's one connection, and
/// sleeps until the next retry is due, a commit in this process queues mail, or IdleSeconds. When the
/// server cannot be reached the batch is handed back unsent (no attempt is spent) and the worker backs off.
/// </summary>
internal sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    WorkflowSignal signal,
    TimeProvider clock,
    IOptions<MailOptions> options,
    ILogger<DeliveryWorker> log) : BackgroundService
{
    private static readonly Meter Meter = new("RequestTracker.Mail");
    private static readonly Counter<long> Sent = Meter.CreateCounter<long>("requesttracker.mail.sent");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("requesttracker.mail.failed");
    private static readonly Counter<long> Deferred = Meter.CreateCounter<long>("requesttracker.mail.deferred");

    private IMailTransport? transport;
    private int unreachableInARow;

    public string Owner { get; } = LeaseOwner.New();

    /// <summary>Claims and sends one batch; returns how many rows were claimed, and whether the server was unreachable.</summary>
    public async Task<(int Claimed, bool Unreachable)> RunOnce(CancellationToken ct)
    {
        var settings = options.Value;
        transport ??= CreateTransport(settings);
        (string Token, IReadOnlyList<long> Ids) claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<OutboxClaims>()
                .Claim(Owner, settings.Delivery.BatchSize, TimeSpan.FromSeconds(settings.Delivery.LeaseSeconds), ct);
        }

        try
        {
            foreach (var id in claimed.Ids)
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().Deliver(id, claimed.Token, transport, ct);
                if (result == DeliveryResult.Unreachable)
                {
                    await Release(claimed.Token);
                    return (claimed.Ids.Count, true);
                }

                (result switch { DeliveryResult.Accepted => Sent, DeliveryResult.Permanent => Failed, _ => Deferred }).Add(1);
            }
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // A database error mid-batch: hand the rest back now rather than when the lease runs out.
            await Release(claimed.Token);
            throw;
        }

        return (claimed.Ids.Count, false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Delivery.Enabled)
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
            // Closed here, by the loop's own task, never while a send may still be using the connection.
            if (transport is not null)
            {
                await transport.DisposeAsync();
            }
        }
    }

    private async Task Loop(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pulse = signal.NextPulse;
            try
            {
                var (claimed, unreachable) = await RunOnce(stoppingToken);
                if (unreachable)
                {
                    // The server is down: wait 1, 2, 4 ... up to 60 seconds before trying again.
                    var wait = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, unreachableInARow++)));
                    LogUnreachable(wait.TotalSeconds);
                    await Task.Delay(wait, clock, stoppingToken);
                    continue;
                }

                unreachableInARow = 0;
                if (claimed > 0)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                var next = await scope.ServiceProvider.GetRequiredService<OutboxClaims>().NextWakeUp(stoppingToken);
                var idle = TimeSpan.FromSeconds(options.Value.Delivery.IdleSeconds);
                var until = next is { } at ? at - clock.GetUtcNow().UtcDateTime : idle;
                await WorkflowSignal.Wait(pulse, until < idle ? until : idle, clock, stoppingToken);
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

    private async Task Release(string token)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxClaims>().Release(token, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailure(e); // the database is down too: the leases run out by themselves
        }
    }

    private static IMailTransport CreateTransport(MailOptions settings) =>
        string.IsNullOrWhiteSpace(settings.Smtp.Host)
            ? new PickupFolderTransport(settings.PickupPath ?? "mail-pickup")
            : new SmtpTransport(settings.Smtp, MailboxAddress.Parse(settings.From));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMTP server is unreachable; queued emails wait, next try in {Seconds} s.")]
    private partial void LogUnreachable(double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The delivery worker failed; retrying in 5 seconds.")]
    private partial void LogFailure(Exception e);
}
