using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace RequestTracker.Mail.Delivery;

/// <summary>
/// One SMTP connection, opened on first use and kept for every following message; when the server has
/// dropped it (idle timeout, restart) a NOOP before the next send finds out and a new one is opened.
/// Replies are classified by their status code: 4xx temporary, 5xx permanent; failing to connect or
/// losing the connection is "unreachable".
/// </summary>
internal sealed class SmtpTransport(SmtpOptions options, MailboxAddress envelopeSender) : IMailTransport
{
    /// <summary>A connection used this recently is trusted without a NOOP (a batch sends back to back).</summary>
    private const long TrustedForMilliseconds = 1000;

    private readonly SmtpClient client = new() { Timeout = options.TimeoutSeconds * 1000 };
    private long lastUsed;

    public async Task<DeliveryOutcome> Send(MimeMessage message, CancellationToken ct)
    {
        try
        {
            await Probe(ct);
            if (!client.IsConnected)
            {
                await client.ConnectAsync(options.Host ?? "localhost", options.Port, options.Security, ct);
                if (!string.IsNullOrEmpty(options.UserName))
                {
                    await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, ct);
                }
            }

            var reply = await client.SendAsync(message, envelopeSender, message.To.Mailboxes, ct);
            lastUsed = Environment.TickCount64;
            return new DeliveryOutcome(DeliveryResult.Accepted, reply);
        }
        catch (SmtpCommandException e)
        {
            var code = (int)e.StatusCode;
            var reply = $"{code} {e.Message}";
            return code is >= 400 and < 500 ? new DeliveryOutcome(DeliveryResult.Temporary, reply) : new DeliveryOutcome(DeliveryResult.Permanent, reply);
        }
        catch (Exception e) when (e is SmtpProtocolException or ServiceNotConnectedException or SocketException or IOException or AuthenticationException or TimeoutException or SslHandshakeException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // The connection is unusable: drop it so the next send starts a fresh one.
            await Disconnect();
            return new DeliveryOutcome(DeliveryResult.Unreachable, e.Message);
        }
    }

    /// <summary>
    /// A kept connection the server closed while it was idle is only found dead when used. A NOOP finds it
    /// before any of the message is sent, so it is replaced at once: no false "unreachable", no wait, and
    /// no risk of sending the message twice.
    /// </summary>
    private async Task Probe(CancellationToken ct)
    {
        if (!client.IsConnected || Environment.TickCount64 - lastUsed < TrustedForMilliseconds)
        {
            return;
        }

        try
        {
            await client.NoOpAsync(ct);
        }
        catch (Exception e) when (e is SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException or SocketException or IOException)
        {
            await Disconnect();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Disconnect();
        client.Dispose();
    }

    private async Task Disconnect()
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException or OperationCanceledException)
        {
            // Already gone; nothing to close.
        }
    }
}
