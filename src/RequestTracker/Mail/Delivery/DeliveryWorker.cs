using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using RequestTracker.Background;

namespace RequestTracker.Mail.Delivery;

/// <summary>
/// Sends the outbox: claims a batch with a lease, sends each row over this worker's one connection, and
/// sleeps until the next retry is due, a commit in this process queues mail, or IdleSeconds. When the
/// server cannot be reached the batch is handed back unsent (no attempt is spent) and the worker backs off.
/// </summary>
internal sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    WorkSignal signal,
    TimeProvider clock,
    IOptions<MailOptions> options,
    ILogger<DeliveryWorker> log) : PollingWorker(signal, clock, log)
{
    private static readonly Meter Meter = new("RequestTracker.Mail");
    private static readonly Counter<long> Sent = Meter.CreateCounter<long>("requesttracker.mail.sent");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("requesttracker.mail.failed");
    private static readonly Counter<long> Deferred = Meter.CreateCounter<long>("requesttracker.mail.deferred");
    private static readonly Counter<long> Unreachable = Meter.CreateCounter<long>("requesttracker.mail.unreachable", description: "Delivery rounds that found the SMTP server unreachable");

    private IMailTransport? transport;
    private int unreachableInARow;

    public string Owner { get; } = LeaseOwner.New();

    protected override string Name => "delivery worker";

    protected override bool Enabled => options.Value.Delivery.Enabled;

    /// <summary>Claims and sends one batch; returns how many rows were claimed, and whether the server was unreachable.</summary>
    public async Task<(int Claimed, bool Unreachable)> RunOnce(CancellationToken ct)
    {
        var settings = options.Value;
        transport ??= CreateTransport(settings);
        LeaseClaim claimed;
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
                    Unreachable.Add(1);
                    await Release(claimed);
                    return (claimed.Ids.Count, true);
                }

                (result switch { DeliveryResult.Accepted => Sent, DeliveryResult.Permanent => Failed, _ => Deferred }).Add(1);
            }
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // A database error mid-batch: hand the rest back now rather than when the lease runs out.
            await Release(claimed);
            throw;
        }

        return (claimed.Ids.Count, false);
    }

    protected override async Task<NextRound> Round(CancellationToken ct)
    {
        var (claimed, unreachable) = await RunOnce(ct);
        if (unreachable)
        {
            // The server is down: wait 1, 2, 4 ... up to 60 seconds; new mail does not make it come back sooner.
            var wait = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, unreachableInARow++)));
            LogUnreachable(wait.TotalSeconds);
            return new NextRound(wait, WakeOnSignal: false);
        }

        unreachableInARow = 0;
        if (claimed > 0)
        {
            return NextRound.AtOnce;
        }

        await using var scope = scopes.CreateAsyncScope();
        var next = await scope.ServiceProvider.GetRequiredService<OutboxClaims>().NextWakeUp(ct);
        return Until(next, TimeSpan.FromSeconds(options.Value.Delivery.IdleSeconds));
    }

    /// <summary>Closed here, by the loop's own task, never while a send may still be using the connection.</summary>
    protected override async ValueTask Stopped()
    {
        if (transport is not null)
        {
            await transport.DisposeAsync();
        }
    }

    private async Task Release(LeaseClaim claim)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxClaims>().Release(claim, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReleaseFailed(e); // the database is down too: the leases run out by themselves
        }
    }

    internal static IMailTransport CreateTransport(MailOptions settings) =>
        string.IsNullOrWhiteSpace(settings.Smtp.Host)
            ? new PickupFolderTransport(settings.PickupPath ?? "mail-pickup")
            : new SmtpTransport(settings.Smtp, MailboxAddress.Parse(settings.From));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMTP server is unreachable; queued emails wait, next try in {Seconds} s.")]
    private partial void LogUnreachable(double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not hand a batch back; its leases run out by themselves.")]
    private partial void LogReleaseFailed(Exception e);
}
