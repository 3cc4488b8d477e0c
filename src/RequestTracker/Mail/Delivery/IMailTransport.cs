using MimeKit;

namespace RequestTracker.Mail.Delivery;

internal enum DeliveryResult
{
    /// <summary>The server accepted the message; its reply is the proof.</summary>
    Accepted,

    /// <summary>A 4xx reply for this message: try it again later.</summary>
    Temporary,

    /// <summary>A 5xx reply for this message: it will never be accepted as it is.</summary>
    Permanent,

    /// <summary>No connection or it broke: nothing was decided about the message; back off and retry the batch.</summary>
    Unreachable,
}

/// <summary>What happened to one send attempt, and the server's words for it.</summary>
internal sealed record DeliveryOutcome(DeliveryResult Result, string Reply);

/// <summary>
/// Sends messages over one long-lived connection (SMTP) or into a pickup folder. One instance belongs to
/// one worker and is used by one thread at a time.
/// </summary>
internal interface IMailTransport : IAsyncDisposable
{
    Task<DeliveryOutcome> Send(MimeMessage message, CancellationToken ct);
}
