using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Laws;
using RequestTracker.Definitions.Templates;

namespace RequestTracker.Runtime;

/// <summary>
/// Turns an email decision into a queued email (or a draft for the advocate), once per dedup key, addressed to
/// whom the decision names. Stages only: it is committed with the transition that decided it.
/// </summary>
internal sealed class EmailQueue(AppDbContext db)
{
    /// <summary>
    /// Queues one email unless the same decision already queued it (another question of the request). A ladder step's
    /// complaint, appeal or filing is not emailed but drafted for the advocate (<see cref="LetterDrafts"/>): they read
    /// it, may change it, and send or file it; so is any letter whose recipient has no address yet, and, with
    /// <paramref name="beforeRecorded"/>, any step's letter whose day passed before its request was recorded. Returns the journal's note.
    /// </summary>
    public async Task<string> Queue(
        WorkflowSubject subject, int? questionId, EmailDecision email, Instant at, CancellationToken ct, LawDefinition? law = null, string actor = "runtime", bool beforeRecorded = false)
    {
        var step = email.StepId is { } stepId ? law?.Ladder.FirstOrDefault(s => s.Id == stepId) : null;
        var recipient = Recipient(subject, email.To);
        if (step is { Kind: not StepKind.Note } && (step.Kind == StepKind.Filing || (step.Review && !subject.AutoSend) || recipient is null || beforeRecorded))
        {
            return await LetterDrafts.Draft(db, subject, questionId, email, step, recipient is null, at, actor, ct, beforeRecorded);
        }

        if (db.Outbox.Local.Any(o => o.DedupKey == email.DedupKey) || await db.Outbox.AnyAsync(o => o.DedupKey == email.DedupKey, ct))
        {
            return $"Email '{TemplateKinds.English(email.Template)}' to {recipient?.Name ?? subject.Owner.Name} already queued for this request.";
        }

        var (name, address) = recipient ?? (subject.Owner.Name, subject.Owner.Email);
        db.Outbox.Add(new OutboxMessage
        {
            RequestId = subject.RequestId,
            QuestionId = questionId,
            Template = email.Template,
            StepId = email.StepId,
            Language = email.To == Definitions.Recipient.Advocate ? subject.OwnerLanguage : subject.Language,
            RecipientName = name,
            RecipientAddress = address,
            DedupKey = email.DedupKey,
            Status = OutboxStatus.Queued,
            CreatedAt = at.ToDateTimeUtc(),
        });
        return $"Email '{TemplateKinds.English(email.Template)}' queued to {name} <{address}>.";
    }

    /// <summary>Who an email goes to; null when it is an escalation contact the authority does not have (the letter then waits for one).</summary>
    internal static (string Name, string Address)? Recipient(WorkflowSubject subject, Recipient to)
    {
        if (to == Definitions.Recipient.Authority)
        {
            return (subject.Authority.Name, subject.Authority.Email);
        }

        if (to.Contact is { } kind)
        {
            return subject.Contacts.OrderBy(c => c.Position).FirstOrDefault(c => c.Kind == kind) is { } contact ? (contact.Name, contact.Email) : null;
        }

        return (subject.Owner.Name, subject.Owner.Email);
    }
}
