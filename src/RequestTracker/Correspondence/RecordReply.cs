using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using RequestTracker.Access;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Handling;
using RequestTracker.Mail;
using RequestTracker.Replies;
using RequestTracker.Requests;

namespace RequestTracker.Correspondence;

/// <summary>
/// A reply that did not come by email. <paramref name="Key"/> (a GUID the form or client makes) makes a resubmission record it once;
/// <paramref name="ReceivedOn"/> (today where the authority is when not given) and <paramref name="LetterDate"/> are its dates of record.
/// </summary>
internal sealed record RecordReplyInput(string? Channel, string? ReceivedOn, string? FromName, string? Subject, string? Text, string? Key, string? LetterDate = null);

/// <summary>A file the person attached (a scan, a photo, the portal's download); read by the web layer within the size limit.</summary>
internal sealed record ReplyFile(string FileName, long Length, Func<CancellationToken, Task<byte[]>> Read);

internal sealed record RecordedReply(long Id, int RequestId, string Channel, string ReceivedOn, string Subject, int Attachments, bool AlreadyRecorded)
{
    /// <summary>The date the letter bears (YYYY-MM-DD), when it was given.</summary>
    public string? LetterDate { get; init; }
}

/// <summary>
/// Records a reply received by post, fax, hand or portal. It is stored like an emailed reply (the
/// Inbox, its attachments under generated names) and goes through the same filing as one: a journal
/// entry and "authority-replied" on each question, the advocate asked to classify it.
/// </summary>
internal sealed class RecordReply(AppDbContext db, ReplyFiling filing, WorkSignal signal, TimeProvider clock, IOptions<MailOptions> options)
{
    public const int MaxFiles = 10;

    public async Task<Outcome<RecordedReply>> Handle(CurrentUser user, int requestId, RecordReplyInput input, IReadOnlyList<ReplyFile> files, CancellationToken ct)
    {
        var request = await db.Requests.VisibleTo(user).AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.Status, r.SentAt, r.Authority!.Name, r.Authority.TimeZone, r.Language })
            .FirstOrDefaultAsync(ct);
        if (request is null)
        {
            return Outcome<RecordedReply>.NotFound();
        }

        if (request.Status == RequestStatus.Draft || request.SentAt is not { } sentAt)
        {
            return Outcome<RecordedReply>.Conflict("This request is a draft: it has not been sent, so there is no reply to record.");
        }

        var errors = new ValidationErrors();
        var channel = Channel(input.Channel, errors);
        // Days as the authority's calendar counts them: the request's deadline runs in that zone.
        var zone = LocalDays.Zone(request.TimeZone);
        var (letterDate, given) = LetterDateRule.Check(errors, string.Empty, input.LetterDate, input.ReceivedOn, Today(request.TimeZone),
            LocalDays.Containing(sentAt, zone));
        var receivedOn = given ?? Today(request.TimeZone);
        var key = Key(input.Key, errors);
        if (string.IsNullOrWhiteSpace(input.Text) && files.Count == 0)
        {
            errors.Add("text", $"Type the reply's text or attach its scan: a reply needs one or the other.");
        }

        // The same rules as every other text: a name and a subject are one line (they are shown as headers), no NUL anywhere.
        var fromName = errors.OptionalLine("fromName", input.FromName, Lengths.Name);
        var subject = errors.OptionalLine("subject", input.Subject, Lengths.Subject);
        var text = errors.OptionalText("text", input.Text, Lengths.Body);
        var attachments = await Read(files, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<RecordedReply>.Invalid(errors);
        }

        var messageId = $"recorded:{key}";
        // A timer fired on one of the questions meanwhile, or the same form was submitted twice at once: decide again.
        // The attachments outlive a failed attempt: the ids its insert gave them are undone.
        return await Conflicts.Retry(
            db,
            async () =>
            {
                if (await db.Inbox.AsNoTracking().Where(m => m.MessageId == messageId).Select(m => new { m.Id, m.RequestId, m.Channel, m.ReceivedOn, m.LetterDate, m.Subject, Files = m.Attachments.Count }).FirstOrDefaultAsync(ct) is { } earlier)
                {
                    return earlier.RequestId == requestId
                        ? Outcome<RecordedReply>.Ok(new RecordedReply(earlier.Id, requestId, Label(earlier.Channel), $"{earlier.ReceivedOn:yyyy-MM-dd}", earlier.Subject, earlier.Files, true) { LetterDate = Iso(earlier.LetterDate) })
                        : Outcome<RecordedReply>.Conflict("This key was already used to record a reply on another request.");
                }

                var inbound = new InboundMessage
                {
                    MessageId = messageId,
                    Channel = channel,
                    ReceivedOn = receivedOn,
                    LetterDate = letterDate,
                    RecordedBy = user.Id,
                    FromName = Clip.To(fromName.Length == 0 ? request.Name : fromName, Lengths.Name),
                    Subject = subject.Length == 0 ? DefaultSubject(channel, request.Language) : subject,
                    TextBody = text,
                    ReceivedAt = clock.GetUtcNow().UtcDateTime,
                    Attachments = attachments.ToList(),
                };
                db.Inbox.Add(inbound);
                await filing.File(inbound, requestId, "recorded", user.Id, ct);
                await db.SaveChangesAsync(ct);
                signal.Notify();
                return Outcome<RecordedReply>.Ok(new RecordedReply(inbound.Id, requestId, Label(channel), $"{receivedOn:yyyy-MM-dd}", inbound.Subject, inbound.Attachments.Count, false) { LetterDate = Iso(letterDate) });
            },
            reset: () =>
            {
                foreach (var a in attachments)
                {
                    (a.Id, a.InboundMessageId) = (0, 0);
                }
            });
    }

    /// <summary>Today where the request's authority is: the default and the latest day of the forms that record a letter or a sending.</summary>
    public async Task<DateOnly> TodayFor(int requestId, CancellationToken ct)
    {
        var zone = await db.Requests.Where(r => r.Id == requestId).Select(r => r.Authority!.TimeZone).FirstOrDefaultAsync(ct);
        return Today(zone);
    }

    private DateOnly Today(string? timeZone)
    {
        var zone = (timeZone is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone)) ?? DateTimeZone.Utc;
        return Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date.ToDateOnly();
    }

    public static string Label(ReplyChannel channel) => channel.ToString().ToLowerInvariant();

    /// <summary>A letter typed in without a subject is filed under one in the correspondence's language, as its reader reads it.</summary>
    private static string DefaultSubject(ReplyChannel channel, string language) => language == "ru"
        ? channel switch
        {
            ReplyChannel.Post => "Ответ получен по почте",
            ReplyChannel.Fax => "Ответ получен по факсу",
            ReplyChannel.Hand => "Ответ доставлен нарочным",
            _ => "Ответ получен через портал",
        }
        : $"Reply received by {Label(channel)}";

    private static ReplyChannel Channel(string? text, ValidationErrors errors)
    {
        if (TextRule.TryName<ReplyChannel>(text, out var channel) && channel != ReplyChannel.Email)
        {
            return channel;
        }

        errors.Add("channel", $"Choose how the reply came: post, fax, hand or portal. (Emailed replies are read from the mailbox.)");
        return default;
    }

    private static string? Iso(DateOnly? day) => day is { } d ? $"{d:yyyy-MM-dd}" : null;

    private static Guid Key(string? text, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Guid.NewGuid();
        }

        if (!Guid.TryParse(text, out var key))
        {
            errors.Add("key", $"The key must be a GUID (it makes a resubmitted form record the reply once).");
        }

        return key;
    }

    private async Task<IReadOnlyList<InboundAttachment>> Read(IReadOnlyList<ReplyFile> files, ValidationErrors errors, CancellationToken ct)
    {
        var limit = options.Value.Imap.MaxAttachmentBytes;
        if (files.Count > MaxFiles)
        {
            errors.Add("files", $"Attach at most {MaxFiles} files to one reply ({files.Count} were chosen).");
            return [];
        }

        var stored = new List<InboundAttachment>();
        foreach (var (file, position) in files.Select((f, i) => (f, i + 1)))
        {
            // A file's name is text the person sent like any other: kept, listed and published, so held to the same rule.
            if (errors.LineOf("files", $"The name of file {position}", file.FileName, Lengths.FileName) is null)
            {
                continue;
            }

            if (file.Length > limit)
            {
                errors.Add("files", $"{file.FileName} is {file.Length:N0} bytes; the limit is {limit:N0} bytes per file.");
                continue;
            }

            var content = await file.Read(ct);
            if (ScanTypes.Recognise(file.FileName, content) is not { } type)
            {
                errors.Add("files", $"{file.FileName} is not a file type a reply is kept in ({ScanTypes.Accepted}), or its content does not match its name.");
                continue;
            }

            stored.Add(new InboundAttachment
            {
                StoredName = $"attachment-{stored.Count + 1}{type.Extension}",
                OriginalName = Clip.To(Path.GetFileName(file.FileName.Replace('\\', '/')), Lengths.FileName),
                ContentType = type.ContentType,
                Size = content.Length,
                Content = content,
            });
        }

        return stored;
    }
}
