using MimeKit;
using RequestTracker.Runtime;

namespace RequestTracker.Mail;

/// <summary>
/// An email about no single request (the managers' digest), composed by the feature that owns it; mail
/// only delivers it. Keeps mail from depending on the features that send through it.
/// </summary>
internal interface IStandaloneMail
{
    /// <summary>The outbox template this composer renders.</summary>
    string Template { get; }

    Task<MimeMessage> Compose(OutboxMessage row, MailTokens tokens, CancellationToken ct);
}
