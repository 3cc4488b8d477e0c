using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Definitions.Templates;
using RequestTracker.Handling;
using RequestTracker.Mail;
using RequestTracker.Replies;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Letters;

/// <summary>What the advocate writes: a follow-up or an answer to the authority's request for clarification, in their words, perhaps answering one of its messages.</summary>
internal sealed record WriteLetterInput(string? Purpose, string? Text, long? InReplyTo);

/// <summary>
/// The advocate writes to the authority in their own words. The words go into the law's frame for that kind of letter
/// in the request's language (greeting, reference, signature, requester's details) and wait as a draft to read once
/// more and send; nothing is sent on writing. The words must be in the request's language: nothing is translated.
/// </summary>
internal sealed class WriteLetter(AppDbContext db, MailComposer composer, TimeProvider clock)
{
    public const string FollowUpTemplate = "follow-up";
    public const string ClarificationTemplate = "clarification-answer";

    public async Task<Outcome<long>> Draft(CurrentUser user, int requestId, WriteLetterInput input, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().VisibleTo(user).Where(r => r.Id == requestId)
            .Select(r => new { r.Status, r.Language, r.Authority!.Name, r.Authority.ContactEmail, r.Authority.TimeZone }).FirstOrDefaultAsync(ct);
        if (request is null)
        {
            return Outcome<long>.NotFound();
        }

        if (request.Status != RequestStatus.Sent)
        {
            return Outcome<long>.Conflict(request.Status == RequestStatus.Draft ? "The request is a draft: edit it instead, or send it first." : "The request is withdrawn: nothing more is sent about it.");
        }

        var errors = new ValidationErrors();
        LetterPurpose? purpose = input.Purpose switch
        {
            "followUp" => LetterPurpose.FollowUp,
            "clarificationAnswer" => LetterPurpose.ClarificationAnswer,
            _ => null,
        };
        if (purpose is null)
        {
            errors.Add("purpose", $"Choose what the letter is: followUp (a follow-up in your words) or clarificationAnswer (the clarification the authority asked for).");
        }

        var text = errors.RequiredText("text", input.Text, Lengths.Body - 2_000); // room for the frame around the words
        if (text is not null && LetterScript.Mismatch(request.Language, text) is { } script)
        {
            errors.Add("text", $"This text is mostly in {script} letters, not in {LetterScript.Name(request.Language)}, the language of the request. Write it in {LetterScript.Name(request.Language)}: it is sent as written, never translated.");
        }

        // "Your message of …" cites the date the letter bears, else the day it arrived where the authority is (as the composer does).
        var answered = input.InReplyTo is { } inboxId
            ? await db.Inbox.AsNoTracking().Where(m => m.Id == inboxId && m.RequestId == requestId).Select(m => new { m.Id, m.Subject, m.ReceivedAt, Dated = m.LetterDate ?? m.ReceivedOn }).FirstOrDefaultAsync(ct)
            : null;
        if (input.InReplyTo is not null && answered is null)
        {
            errors.Add("inReplyTo", $"That message is not one the authority sent about this request.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<long>.Invalid(errors);
        }

        var template = purpose == LetterPurpose.ClarificationAnswer ? ClarificationTemplate : FollowUpTemplate;
        var now = clock.GetUtcNow().UtcDateTime;
        var when = answered is null ? string.Empty
            : Deadline.Format.Words(LocalDate.FromDateOnly(answered.Dated ?? LocalDays.Containing(answered.ReceivedAt, LocalDays.Zone(request.TimeZone))), request.Language);
        var row = new OutboxMessage { RequestId = requestId, Template = template, Language = request.Language, RecipientName = request.Name, RecipientAddress = request.ContactEmail };
        var (rendered, _) = await composer.Render(row, ct, new LetterModel(purpose!.Value.ToString(), text!, answered?.Subject ?? string.Empty, when));
        var letter = new Letter(requestId, null, purpose.Value, StepKind.Letter, template, request.Language, Recipient.Authority, $"request:{requestId}:letter:{Guid.NewGuid():N}", user.Id, now)
        {
            InReplyToId = answered?.Id,
        };
        letter.Drafted(rendered.Subject, rendered.Text);
        db.Letters.Add(letter);
        await db.SaveChangesAsync(ct);
        return Outcome<long>.Ok(letter.Id);
    }
}
