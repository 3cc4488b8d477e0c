using MailKit.Security;

namespace RequestTracker.Mail;

/// <summary>Mail:* settings. With no <see cref="SmtpOptions.Host"/>, emails go to <see cref="PickupPath"/> as .eml files.</summary>
internal sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender shown on every email; its local part is the base of the reply addresses.</summary>
    public string From { get; set; } = "RequestTracker <requests@requesttracker.local>";

    /// <summary>Domain of reply addresses and Message-Ids; defaults to the domain of <see cref="From"/>.</summary>
    public string? ReplyDomain { get; set; }

    /// <summary>Key of the reply-address tokens; when empty one is generated once and kept in the database.</summary>
    public string? TokenKey { get; set; }

    /// <summary>Where the embedded default writes .eml files; relative paths are under the content root. Default: DataPath/mail-pickup.</summary>
    public string? PickupPath { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();

    public ImapOptions Imap { get; set; } = new();

    public DigestOptions Digest { get; set; } = new();
}

/// <summary>The managers' daily digest: counts and the overdue and escalated questions.</summary>
internal sealed class DigestOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The hour of the day (UTC, 0-23) after which the day's digest is queued.</summary>
    public int HourUtc { get; set; } = 6;
}

internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Auto, None, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's names).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 60;
}

internal sealed class DeliveryOptions
{
    public bool Enabled { get; set; } = true;

    public int BatchSize { get; set; } = 50;

    public int LeaseSeconds { get; set; } = 300;

    /// <summary>First retry after a 4xx reply; doubles per attempt (with jitter) up to <see cref="RetryMaxSeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    public double RetryMaxSeconds { get; set; } = 3600;

    /// <summary>After this many temporary refusals an email is marked failed (a manager may retry it).</summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>Longest sleep when idle: new rows also wake the worker at once through the signal.</summary>
    public double IdleSeconds { get; set; } = 15;
}

internal sealed class ImapOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 993;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string Folder { get; set; } = "INBOX";

    /// <summary>Polling interval; with IDLE support new mail is read as soon as the server announces it.</summary>
    public double PollSeconds { get; set; } = 30;

    public bool UseIdle { get; set; } = true;

    /// <summary>How long the folder's lease holds unless renewed; renewed every third of it while held.</summary>
    public int LeaseSeconds { get; set; } = 10;

    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
}
