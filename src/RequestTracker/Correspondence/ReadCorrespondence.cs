using Microsoft.EntityFrameworkCore;
using MimeKit;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Handling;
using RequestTracker.Mail;
using RequestTracker.Replies;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Correspondence;

internal sealed record AttachmentView(long Id, string Name, string OriginalName, string ContentType, long Size)
{
    /// <summary>Withheld from the public page of the request when it is published.</summary>
    public bool Private { get; init; }
}

/// <summary>
/// One email of a request's thread. For sent email: the proof of sending (Message-Id, the server's reply,
/// when) and its status; for received email: the sender, how it was matched, its attachments.
/// </summary>
internal sealed record CorrespondenceItem(
    string Direction,
    long Id,
    DateTime At,
    string From,
    string To,
    string Subject,
    string Status,
    string? MessageId,
    string? Template,
    string? ServerReply,
    DateTime? SentAt,
    int Attempts,
    string? LastError,
    string? MatchedBy,
    string Text,
    IReadOnlyList<AttachmentView> Attachments)
{
    /// <summary>email, or post / fax / hand / portal for a reply a person recorded.</summary>
    public string Channel { get; init; } = "email";

    /// <summary>A received letter: the day it arrived where the authority is (an email's, the day it was read in).</summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>A recorded reply: the date the letter bears, when it was given.</summary>
    public DateOnly? LetterDate { get; init; }

    /// <summary>The day the thread is ordered by: a letter's arrival, an email's sending, where the authority is.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly Day { get; init; }

    /// <summary>A recorded reply: who recorded it, by name.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>Only email has stored bytes (.eml) to download.</summary>
    public bool HasRaw => Channel == "email";
}

/// <summary>
/// A request's correspondence, both ways, in the order things happened: by the day each letter arrived or each email
/// went out, where the authority is, then by when it was recorded — a letter typed in a week late takes its place by
/// the day it came (a request has tens of letters, not thousands).
/// </summary>
internal sealed class ReadCorrespondence(AppDbContext db, MailIdentity identity)
{
    public async Task<Outcome<IReadOnlyList<CorrespondenceItem>>> Handle(CurrentUser user, int requestId, CancellationToken ct)
    {
        if (!await db.Requests.VisibleTo(user).AnyAsync(r => r.Id == requestId, ct))
        {
            return Outcome<IReadOnlyList<CorrespondenceItem>>.NotFound();
        }

        var from = (await identity.Tokens(ct)).ReplyAddress(requestId).Address;
        var zone = LocalDays.Zone(await db.Requests.Where(r => r.Id == requestId).Select(r => r.Authority!.TimeZone).FirstOrDefaultAsync(ct));
        var sent = await db.Outbox.AsNoTracking().Where(o => o.RequestId == requestId).OrderBy(o => o.Id).ToListAsync(ct);
        var received = await db.Inbox.AsNoTracking().Where(m => m.RequestId == requestId).Include(m => m.Attachments).OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id,
                m.ReceivedAt,
                m.FromName,
                m.FromAddress,
                m.To,
                m.Subject,
                m.Status,
                m.MessageId,
                m.MatchedBy,
                m.TextBody,
                m.Channel,
                m.ReceivedOn,
                m.LetterDate,
                RecordedBy = db.Users.Where(u => u.Id == m.RecordedBy).Select(u => u.DisplayName).FirstOrDefault(),
                Attachments = m.Attachments.Select(a => new AttachmentView(a.Id, a.StoredName, a.OriginalName, a.ContentType, a.Size) { Private = a.Private }).ToList(),
            })
            .ToListAsync(ct);
        var mails = sent.Select(o => new CorrespondenceItem(
            "sent", o.Id, o.SentAt ?? o.CreatedAt, from, $"{o.RecipientName} <{o.RecipientAddress}>", o.Subject ?? $"({o.Template}, not yet rendered)",
            o.Status.ToString().ToLowerInvariant(), o.MessageId, o.Template, o.ServerReply, o.SentAt, o.Attempts, o.LastError, null, TextOf(o.Mime), [])
        {
            Day = LocalDays.Containing(o.SentAt ?? o.CreatedAt, zone),
        });
        var replies = received.Select(m => new CorrespondenceItem(
            "received", m.Id, m.ReceivedAt, m.FromAddress.Length == 0 ? m.FromName : $"{m.FromName} <{m.FromAddress}>".Trim(), m.To, m.Subject, m.Status.ToString().ToLowerInvariant(),
            m.MessageId, null, null, null, 0, null, m.MatchedBy, m.TextBody, m.Attachments)
        {
            Channel = RecordReply.Label(m.Channel),
            ReceivedOn = m.ReceivedOn ?? LocalDays.Containing(m.ReceivedAt, zone),
            LetterDate = m.LetterDate,
            RecordedBy = m.RecordedBy,
            Day = m.ReceivedOn ?? LocalDays.Containing(m.ReceivedAt, zone),
        });
        var items = mails.Concat(replies).OrderBy(i => i.Day).ThenBy(i => i.At).ToList();
        return Outcome<IReadOnlyList<CorrespondenceItem>>.Ok(items);
    }

    /// <summary>The stored bytes of one email of the request — the evidence, as sent or as received.</summary>
    public async Task<Outcome<byte[]>> Raw(CurrentUser user, int requestId, string direction, long id, CancellationToken ct)
    {
        if (!await db.Requests.VisibleTo(user).AnyAsync(r => r.Id == requestId, ct))
        {
            return Outcome<byte[]>.NotFound();
        }

        var raw = direction switch
        {
            "sent" => await db.Outbox.Where(o => o.Id == id && o.RequestId == requestId).Select(o => o.Mime).FirstOrDefaultAsync(ct),
            "received" => await db.Inbox.Where(m => m.Id == id && m.RequestId == requestId && m.Channel == ReplyChannel.Email).Select(m => m.Raw).FirstOrDefaultAsync(ct),
            _ => null,
        };
        return raw is null ? Outcome<byte[]>.NotFound() : Outcome<byte[]>.Ok(raw);
    }

    public async Task<Outcome<InboundAttachment>> Attachment(CurrentUser user, int requestId, long attachmentId, CancellationToken ct)
    {
        var attachment = await (
            from a in db.InboxAttachments
            join m in db.Inbox on a.InboundMessageId equals m.Id
            where a.Id == attachmentId && m.RequestId == requestId && db.Set<Request>().VisibleTo(user).Any(r => r.Id == requestId)
            select a).AsNoTracking().FirstOrDefaultAsync(ct);
        return attachment is null ? Outcome<InboundAttachment>.NotFound() : Outcome<InboundAttachment>.Ok(attachment);
    }

    private static string TextOf(byte[]? mime)
    {
        if (mime is null)
        {
            return string.Empty;
        }

        using var stream = new MemoryStream(mime);
        return MimeMessage.Load(stream).TextBody ?? string.Empty;
    }
}
