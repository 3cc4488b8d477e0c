using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Replies;
using RequestTracker.Runtime;
using RequestTracker.Telemetry;
using RequestTracker.Definitions.Templates;


namespace RequestTracker.Mail.Intake;

internal enum IntakeResult
{
    Matched,
    Unmatched,
    Bounce,
    Duplicate,
    OwnEmail,
}

/// <summary>Where a message was read: the folder, its UIDVALIDITY and the message's UID.</summary>
internal sealed record MailboxPosition(string Folder, long UidValidity, long Uid);

/// <summary>
/// Takes one email in: stores it (with its attachments), matches it to a request, files it there
/// (<see cref="ReplyFiling"/>) — and advances the folder's cursor — in one transaction. A message seen again (same Message-Id) only moves the cursor; our own outgoing email
/// (a copy in the same mailbox) is skipped; a bounce fails the email it reports on.
/// </summary>
internal sealed class IntakeProcessor(
    AppDbContext db, MailIdentity identity, ReplyMatcher matcher, ReplyFiling filing, WorkSignal signal, TimeProvider clock, IOptions<MailOptions> options)
{
    public const string Actor = "mail";

    public async Task<IntakeResult> Take(MimeMessage message, byte[] raw, MailboxPosition position, CancellationToken ct)
    {
        // Every message read has a span of its own; one matched to a request also has a span in each of its
        // questions' traces ("reply matched").
        using var span = QuestionTraces.Source.StartActivity("mail intake", System.Diagnostics.ActivityKind.Consumer);
        span?.SetTag("requesttracker.email.message_id", message.MessageId);
        span?.SetTag("requesttracker.mailbox.uid", position.Uid);
        // A timer fired on one of the questions meanwhile, or another reader stored the same message: decide again.
        return await Conflicts.Retry(db, async () =>
        {
            var result = await Stage(message, raw, position, ct);
            await db.SaveChangesAsync(ct);
            signal.Notify();
            span?.SetTag("requesttracker.intake.result", result.ToString());
            return result;
        });
    }

    private async Task<IntakeResult> Stage(MimeMessage message, byte[] raw, MailboxPosition position, CancellationToken ct)
    {
        var tokens = await identity.Tokens(ct);
        await Advance(position, ct);
        var messageId = string.IsNullOrWhiteSpace(message.MessageId) ? $"sha256:{Convert.ToHexStringLower(SHA256.HashData(raw))}" : message.MessageId;
        if (await db.Inbox.AnyAsync(m => m.MessageId == messageId, ct))
        {
            return IntakeResult.Duplicate;
        }

        if (tokens.OutboxIdFromMessageId(messageId) is { } ownId && await db.Outbox.AnyAsync(o => o.Id == ownId, ct))
        {
            return IntakeResult.OwnEmail;
        }

        var inbound = Inbound(message, raw, messageId, position);
        db.Inbox.Add(inbound);
        if (inbound.SentDate is { } sent)
        {
            IntakeMetrics.Lag.Record(Math.Max(0, (inbound.ReceivedAt - sent).TotalSeconds));
        }

        if (BounceReader.Read(message) is { } bounce)
        {
            await Bounced(inbound, bounce, tokens, ct);
            return IntakeResult.Bounce;
        }

        if (await matcher.Match(message, tokens, ct) is not { } match)
        {
            inbound.Status = InboundStatus.Unmatched;
            return IntakeResult.Unmatched;
        }

        await filing.File(inbound, match.RequestId, match.How, Actor, ct);
        return IntakeResult.Matched;
    }

    /// <summary>Stores a message that failed processing, unmatched with the reason, and moves past it.</summary>
    /// <summary>Keeps a message intake could not read (<paramref name="message"/> null) or process, whole, for a manager; the cursor moves past it.</summary>
    public async Task Quarantine(MimeMessage? message, byte[] raw, MailboxPosition position, string error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await Advance(position, ct);
        var messageId = string.IsNullOrWhiteSpace(message?.MessageId) ? $"sha256:{Convert.ToHexStringLower(SHA256.HashData(raw))}" : message.MessageId;
        if (!await db.Inbox.AnyAsync(m => m.MessageId == messageId, ct))
        {
            var inbound = new InboundMessage
            {
                MessageId = Clip.To(messageId, Lengths.MessageId),
                Status = InboundStatus.Unmatched,
                Subject = Clip.To(message is null ? "(unreadable message)" : message.Subject ?? string.Empty, Lengths.Subject),
                FromAddress = Clip.To(message?.From.Mailboxes.FirstOrDefault()?.Address ?? string.Empty, Lengths.Email),
                ReceivedAt = clock.GetUtcNow().UtcDateTime,
                Raw = raw,
                Folder = position.Folder,
                UidValidity = position.UidValidity,
                Uid = position.Uid,
                Notes = Clip.To($"Could not be processed automatically: {error}", Lengths.MailNotes),
            };
            db.Inbox.Add(inbound);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task Bounced(InboundMessage inbound, Bounce bounce, MailTokens tokens, CancellationToken ct)
    {
        inbound.Status = InboundStatus.Bounce;
        inbound.MatchedBy = "bounce";
        var outboxId = tokens.OutboxIdFromMessageId(bounce.OriginalMessageId);
        var email = outboxId is null ? null : await db.Outbox.FirstOrDefaultAsync(o => o.Id == outboxId, ct);
        if (email is null)
        {
            inbound.Status = InboundStatus.Unmatched;
            inbound.Notes = $"A delivery failure report for an email this system did not send: {bounce.Diagnosis}";
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        inbound.RequestId = email.RequestId;
        email.Status = OutboxStatus.Failed;
        email.FailedAt = now;
        email.LastError = Clip.To($"Bounced: {bounce.Diagnosis}", Lengths.ServerReply);
        email.ServerReply ??= email.LastError;
        foreach (var questionId in email.CoveredQuestions())
        {
            Journal.Append(db, email.RequestId ?? 0, questionId, JournalEvents.EmailBounced, Actor, now, Clip.To($"Email '{TemplateKinds.English(email.Template)}' to {email.RecipientAddress} bounced: {bounce.Diagnosis}", Lengths.JournalNote), "Delivery status notification (RFC 3464)");
        }
    }

    private InboundMessage Inbound(MimeMessage message, byte[] raw, string messageId, MailboxPosition position)
    {
        var from = message.From.Mailboxes.FirstOrDefault();
        var inbound = new InboundMessage
        {
            MessageId = Clip.To(messageId, Lengths.MessageId),
            FromName = Clip.To(from?.Name ?? string.Empty, Lengths.Name),
            FromAddress = Clip.To(from?.Address ?? string.Empty, Lengths.Email),
            To = Clip.To(string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), Lengths.Recipients),
            Subject = Clip.To(message.Subject ?? string.Empty, Lengths.Subject),
            SentDate = message.Date == DateTimeOffset.MinValue ? null : message.Date.UtcDateTime,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
            TextBody = message.TextBody ?? message.HtmlBody ?? string.Empty,
            Raw = raw,
            Folder = position.Folder,
            UidValidity = position.UidValidity,
            Uid = position.Uid,
        };
        var limit = options.Value.Imap.MaxAttachmentBytes;
        var skipped = new List<string>();
        var index = 0;
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            using var content = new MemoryStream();
            part.Content?.DecodeTo(content);
            var original = part.FileName ?? "attachment";
            if (content.Length > limit)
            {
                skipped.Add($"{original} ({content.Length:N0} bytes)");
                continue;
            }

            inbound.Attachments.Add(new InboundAttachment
            {
                StoredName = $"attachment-{++index}{SafeExtension(original)}",
                OriginalName = Clip.To(original, Lengths.FileName),
                ContentType = Clip.To(part.ContentType.MimeType, Lengths.ContentType),
                Size = content.Length,
                Content = content.ToArray(),
            });
        }

        if (skipped.Count > 0)
        {
            inbound.Notes = Clip.To($"Attachments over the {limit:N0}-byte limit were not stored (they remain in the raw message): {string.Join(", ", skipped)}", Lengths.MailNotes);
        }

        return inbound;
    }

    private async Task Advance(MailboxPosition position, CancellationToken ct)
    {
        var cursor = await db.MailboxCursors.FirstOrDefaultAsync(c => c.Folder == position.Folder, ct);
        if (cursor is not null && (cursor.UidValidity != position.UidValidity || cursor.LastUid < position.Uid))
        {
            cursor.UidValidity = position.UidValidity;
            cursor.LastUid = position.Uid;
            cursor.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }
    }

    /// <summary>Only a short alphanumeric extension survives from the sender's file name; never a path.</summary>
    private static string SafeExtension(string name)
    {
        var extension = Path.GetExtension(Path.GetFileName(name.Replace('\\', '/')));
        return extension.Length is > 1 and <= 10 && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension.ToLowerInvariant() : ".bin";
    }

}
