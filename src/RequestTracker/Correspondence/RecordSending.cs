using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using RequestTracker.Access;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Handling;
using RequestTracker.Mail;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Correspondence;

/// <summary>
/// How a request the advocate sent themselves went: <paramref name="Channel"/> email, post or hand; <paramref name="SentOn"/>
/// the day it went out and <paramref name="ReceivedOn"/> the day the authority got it (YYYY-MM-DD where the authority is).
/// </summary>
internal sealed record RecordSendingInput(string? Channel, string? SentOn, string? ReceivedOn);

/// <summary>
/// Records a draft as sent on an earlier day by the advocate themselves, with the proof (the sent email's .eml, or a scan of
/// the posted letter or the stamped copy): its questions' workflows start from the day the authority received it, no
/// email goes out, and the proof is kept. One transaction; a letter of the ladder whose day has already passed waits
/// for review (<see cref="WorkflowSubject.RecordedAt"/>).
/// </summary>
internal sealed class RecordSending(AppDbContext db, WorkflowEngine engine, WorkSignal signal, TimeProvider clock, IOptions<MailOptions> mail)
{
    /// <summary>Days before this are refused: no calendar here goes back further, and no law's time would still run.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public async Task<Outcome<int>> Handle(CurrentUser user, int id, RecordSendingInput input, ReplyFile? proof, CancellationToken ct)
    {
        var request = await db.Requests.VisibleTo(user).Include(r => r.Authority).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Outcome<int>.NotFound();
        }

        if (request.Status != RequestStatus.Draft)
        {
            return Outcome<int>.Conflict("Only a draft can be recorded as sent: this request was already sent or withdrawn.");
        }

        var zone = LocalDays.Zone(request.Authority!.TimeZone);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var today = now.InZone(zone).Date.ToDateOnly();
        var errors = new ValidationErrors();
        var channel = errors.OptionalEnum<SentBy>("channel", input.Channel);
        if (channel is null && string.IsNullOrEmpty(input.Channel))
        {
            errors.Add("channel", $"Choose how it went: email, post or hand.");
        }

        var sentOn = Day(errors, "sentOn", input.SentOn, today, "the day it was sent");
        var receivedOn = Day(errors, "receivedOn", input.ReceivedOn, today, "the day it was received");
        var file = await Proof(errors, proof, channel, ct);

        // An email's own Date is the proof of when it went: a typed day that disagrees is a mistake in one of them.
        Instant? emailed = file?.Email?.Date is { } date && date > DateTimeOffset.MinValue ? Instant.FromDateTimeOffset(date) : null;
        if (emailed is { } at)
        {
            var day = at.InZone(zone).Date.ToDateOnly();
            if (day > today || day < Earliest)
            {
                errors.Add("proof", $"The email's Date ({day:yyyy-MM-dd} where the authority is) is not a day it can have been sent on.");
            }
            else if (sentOn is { } typed && typed != day)
            {
                errors.Add("sentOn", $"The email's Date says it was sent on {day:yyyy-MM-dd} where the authority is, not {typed:yyyy-MM-dd}.");
            }

            sentOn = day;
        }

        // Every day missing is said at once, whatever else is wrong (a form shown again asks once, not field by field).
        receivedOn ??= channel is SentBy.Post ? null : sentOn;
        if (sentOn is null && string.IsNullOrWhiteSpace(input.SentOn) && channel is not SentBy.Email)
        {
            errors.Add("sentOn", $"Give the day it was sent (YYYY-MM-DD).");
        }

        if (receivedOn is null && string.IsNullOrWhiteSpace(input.ReceivedOn) && channel is SentBy.Post)
        {
            errors.Add("receivedOn", $"Give the day the post delivered it (the tracking record or the return receipt says): the law counts from that day, not from posting.");
        }
        else if (sentOn is { } s && receivedOn is { } r && r < s)
        {
            errors.Add("receivedOn", $"It was sent on {s:yyyy-MM-dd}; it cannot have been received before that.");
        }

        if (!errors.IsEmpty || channel is not { } by || file is null || sentOn is not { } sent || receivedOn is not { } received)
        {
            return Outcome<int>.Invalid(errors);
        }

        // The law counts from receipt: an email's moment where it arrived that day, else the start of the day (its hour unknown).
        var sentAt = emailed ?? LetterDates.Arrival(sent, zone, now);
        var receivedAt = received == sent && emailed is { } moment ? moment : LetterDates.Arrival(received, zone, now);
        request.MarkRecordedSent(sentAt.ToDateTimeUtc(), now.ToDateTimeUtc());
        db.Sendings.Add(new SendingRecord
        {
            RequestId = id,
            Channel = by,
            SentOn = sent,
            ReceivedOn = received,
            MessageId = file.Email?.MessageId is { Length: > 0 and <= Lengths.MessageId } messageId ? messageId : null,
            ProofName = file.Name,
            ProofType = file.Type,
            Proof = file.Content,
            RecordedBy = user.Id,
            RecordedAt = now.ToDateTimeUtc(),
        });
        await engine.Start(id, user.Id, ct, receivedAt, new StartFrom(null, Note(by, sent, received, file.Name)) { RecordedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<int>.Conflict("The request was changed, sent or recorded by someone else meanwhile; reload it.");
        }

        signal.Notify();
        return Outcome<int>.Ok(id);
    }

    /// <summary>The journal's opening words (the entry's own time is when it was recorded): how and when it went, from when the law counts.</summary>
    private static string Note(SentBy by, DateOnly sent, DateOnly received, string proof)
    {
        var how = by switch
        {
            SentBy.Email => $"Sent by the advocate from their own mailbox on {Words(sent)}",
            SentBy.Post => $"Posted by the advocate on {Words(sent)}, delivered {Words(received)}",
            _ => received == sent ? $"Handed in by the advocate on {Words(sent)}" : $"Handed in by the advocate on {Words(sent)}, registered {Words(received)}",
        };
        return $"{how}; recorded here afterwards with its proof ({proof}). The time runs from the day it was received.";
    }

    private static string Words(DateOnly day) => Deadline.Format.Words(day, "en");

    private static DateOnly? Day(ValidationErrors errors, string field, string? text, DateOnly today, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(field, $"Give {what} as YYYY-MM-DD.");
            return null;
        }

        if (day > today || day < Earliest)
        {
            errors.Add(field, $"Give {what} between {Earliest:yyyy-MM-dd} and today ({today:yyyy-MM-dd} where the authority is).");
            return null;
        }

        return day;
    }

    private sealed record ProofFile(string Name, string Type, byte[] Content, MimeKit.MimeMessage? Email);

    /// <summary>The proof, required: an email's .eml (with a Date), or a scan of a letter (<see cref="ScanTypes"/>).</summary>
    private async Task<ProofFile?> Proof(ValidationErrors errors, ReplyFile? file, SentBy? channel, CancellationToken ct)
    {
        var wanted = channel == SentBy.Email ? "the email as sent (.eml, saved from your mail program)" : "a scan or photo of the letter, its postal receipt or the copy the authority stamped (a PDF or an image)";
        if (file is null)
        {
            errors.Add("proof", $"Attach the proof of sending: {wanted}.");
            return null;
        }

        var name = errors.LineOf("proof", $"The file's name", file.FileName, Lengths.FileName);
        var limit = mail.Value.Imap.MaxAttachmentBytes;
        if (file.Length > limit)
        {
            errors.Add("proof", $"{file.FileName} is {file.Length:N0} bytes; the limit is {limit:N0} bytes.");
            return null;
        }

        if (name is null || channel is null)
        {
            return null;
        }

        var content = await file.Read(ct);
        name = Clip.To(Path.GetFileName(name.Replace('\\', '/')), Lengths.FileName);
        if (channel == SentBy.Email)
        {
            return Email(errors, name, content);
        }

        if (ScanTypes.Recognise(name, content) is { } type && type.ContentType != "text/plain")
        {
            return new ProofFile(name, type.ContentType, content, null);
        }

        errors.Add("proof", $"{name} is not {wanted}, or its content does not match its name.");
        return null;
    }

    private static ProofFile? Email(ValidationErrors errors, string name, byte[] content)
    {
        MimeKit.MimeMessage? message = null;
        if (Path.GetExtension(name).Equals(".eml", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var stream = new MemoryStream(content);
                message = MimeKit.MimeMessage.Load(stream);
            }
            catch (FormatException)
            {
                message = null;
            }
        }

        // Any text parses as a message of no headers: a sent email has a sender, a recipient and a date.
        if (message is null || message.From.Count == 0 || message.To.Count + message.Cc.Count == 0 || !message.Headers.Contains(MimeKit.HeaderId.Date))
        {
            errors.Add("proof", $"{name} is not a sent email: save the message from your mail program's Sent folder as .eml (it carries the sender, the recipient and the date).");
            return null;
        }

        return new ProofFile(name, "message/rfc822", content, message);
    }
}
