using Microsoft.EntityFrameworkCore;
using MimeKit;
using RequestTracker.Data;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Mail.Intake;

/// <summary>
/// Finds the request an incoming email answers: first the signed reply address among its recipients
/// (a forged or mistyped token never matches), then the Message-Ids it replies to or references.
/// </summary>
internal sealed class ReplyMatcher(AppDbContext db)
{
    private static readonly string[] AddressHeaders = ["Delivered-To", "X-Original-To", "Envelope-To"];

    public async Task<(int RequestId, string How)?> Match(MimeMessage message, MailTokens tokens, CancellationToken ct)
    {
        var recipients = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes).Select(m => m.Address)
            .Concat(AddressHeaders.SelectMany(h => message.Headers.Where(x => x.Field.Equals(h, StringComparison.OrdinalIgnoreCase)).Select(x => x.Value.Trim())));
        foreach (var address in recipients)
        {
            if (tokens.RequestFromAddress(address) is { } id && await db.Requests.AnyAsync(r => r.Id == id, ct))
            {
                return (id, "token");
            }
        }

        if (await RequestOf(message.InReplyTo, tokens, ct) is { } replied)
        {
            return (replied, "in-reply-to");
        }

        foreach (var reference in message.References.Reverse())
        {
            if (await RequestOf(reference, tokens, ct) is { } referenced)
            {
                return (referenced, "references");
            }
        }

        return null;
    }

    private async Task<int?> RequestOf(string? messageId, MailTokens tokens, CancellationToken ct) =>
        tokens.OutboxIdFromMessageId(messageId) is { } outboxId
            ? await db.Outbox.Where(o => o.Id == outboxId).Select(o => o.RequestId).FirstOrDefaultAsync(ct)
            : null;
}
