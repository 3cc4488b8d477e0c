using Microsoft.EntityFrameworkCore;
using MimeKit;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Templates;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Mail;

/// <summary>An email ready to send, and the questions it lists (each gets the journal entry of its sending).</summary>
internal sealed record ComposedMail(MimeMessage Message, IReadOnlyList<int> Covers);

/// <summary>
/// Turns an outbox row into the MIME message: the template of its kind in the letter's language (the law's own wording
/// where it has one), or the text a person reviewed or wrote; the signed reply address as sender; threading under the
/// authority's message it answers, else under the request email; Auto-Submitted on everything the runtime sends by itself.
/// </summary>
internal sealed class MailComposer(AppDbContext db, DefinitionStore definitions, MailIdentity identity, IEnumerable<IStandaloneMail> standalone, TimeProvider clock, LetterContext context)
{
    public async Task<ComposedMail> Compose(OutboxMessage row, CancellationToken ct)
    {
        var tokens = await identity.Tokens(ct);
        if (row.RequestId is null)
        {
            // Emails about no request (the digest) are composed by their feature; one rendered when it was
            // queued (a password link) has no composer and cannot be rendered again.
            var composer = standalone.FirstOrDefault(s => s.Template == row.Template)
                ?? throw new UnsafeMailException($"The '{row.Template}' email cannot be rendered again; it was complete when queued.");
            return new ComposedMail(await composer.Compose(row, tokens, ct), []);
        }

        var (rendered, content) = await Render(row, ct);
        var message = Envelope(row, tokens, rendered, clock.GetUtcNow());
        var owner = content.Model.Advocate.Name;
        var reply = content.Model.Request.ReplyAddress;
        message.From.Add(new MailboxAddress(HeaderValue.Check($"{owner} via RequestTracker", "sender name"), reply));
        message.ReplyTo.Add(new MailboxAddress(null, reply));
        if (!WorkflowLoader.Opens(row.Template))
        {
            // Follow-ups thread under the request email, whose Message-Id is derived from its row like every other;
            // a letter answering one of the authority's emails threads under that email too.
            var original = await db.Outbox.AsNoTracking().Where(o => o.DedupKey == $"request:{row.RequestId}:sent").Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
            if (original is { } id)
            {
                message.References.Add(tokens.MessageId(id));
                message.InReplyTo = tokens.MessageId(id);
            }

            if (content.InReplyToMessageId is { } answered)
            {
                message.References.Add(answered);
                message.InReplyTo = answered;
            }

            if (row.LetterId is null)
            {
                message.Headers.Add("Auto-Submitted", "auto-generated");
            }
        }

        message.Headers.Add("X-RequestTracker-Request", $"RT-{row.RequestId}");
        return new ComposedMail(message, content.Covers);
    }

    /// <summary>
    /// The email's subject and bodies: the stored text of a letter a person reviewed or wrote (what they saw is what
    /// goes), else its kind's template in the letter's language — the law's own wording first, the language's next.
    /// </summary>
    public async Task<(RenderedMail Rendered, LetterContent Content)> Render(OutboxMessage row, CancellationToken ct, LetterModel? words = null)
    {
        var content = await context.Read(row, ct, words);
        if (row.LetterId is { } letterId && await db.Letters.AsNoTracking().Where(l => l.Id == letterId).Select(l => new { l.Subject, l.Text }).FirstOrDefaultAsync(ct) is { Text: { } text } letter)
        {
            return (new RenderedMail(HeaderValue.Check(letter.Subject ?? string.Empty, "subject"), text, LetterHtml.From(text, content.Language)), content);
        }

        var templates = definitions.Catalog.Templates;
        var template = templates.Resolve(content.Language, content.Law.Id, row.Template)
            ?? templates.Resolve(MailTemplateSet.DefaultLanguage, content.Law.Id, row.Template)
            ?? throw new UnsafeMailException($"The template '{row.Template}' no longer exists in workflows/templates.");
        return (await MailTemplateSet.Render(template, content.Model), content);
    }

    /// <summary>The headers and bodies every email shares; the caller adds the sender.</summary>
    internal static MimeMessage Envelope(OutboxMessage row, MailTokens tokens, RenderedMail rendered, DateTimeOffset now)
    {
        var message = new MimeMessage
        {
            MessageId = tokens.MessageId(row.Id),
            Subject = rendered.Subject,
            Date = now,
            Body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html }.ToMessageBody(),
        };
        message.To.Add(new MailboxAddress(HeaderValue.Check(row.RecipientName, "recipient name"), HeaderValue.Check(row.RecipientAddress, "recipient address")));
        return message;
    }
}
