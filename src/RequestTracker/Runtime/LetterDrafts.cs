using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions.Laws;

namespace RequestTracker.Runtime;

/// <summary>
/// A ladder step's letter that waits for the advocate instead of leaving at once: a complaint or appeal to review, a
/// filing to sign and file, or a letter whose recipient has no address on record. It is saved with the transition
/// that decided it, and the advocate is told by email (in their language) what waits and why.
/// </summary>
internal static class LetterDrafts
{
    /// <summary>The note templates that tell the advocate a letter waits for them.</summary>
    public const string ReviewWaiting = "review-waiting";
    public const string FilingDue = "filing-due";
    public const string NeedsContact = "needs-contact";

    public static async Task<string> Draft(AppDbContext db, WorkflowSubject subject, int? questionId, EmailDecision email, LadderStep step, bool needsContact, Instant at, string actor, CancellationToken ct, bool beforeRecorded = false)
    {
        if (db.Letters.Local.Any(l => l.DedupKey == email.DedupKey) || await db.Letters.AnyAsync(l => l.DedupKey == email.DedupKey, ct))
        {
            return $"{step.Name}: already drafted for this request.";
        }

        var letter = new Letter(subject.RequestId, questionId, LetterPurpose.Step, step.Kind, step.Template, subject.Language, step.To, email.DedupKey, actor, at.ToDateTimeUtc())
        {
            StepId = step.Id,
        };
        var waitsForContact = needsContact && step.Kind == StepKind.Letter;
        if (waitsForContact)
        {
            letter.WaitForContact();
        }

        db.Letters.Add(letter);
        var note = step.Kind == StepKind.Filing ? FilingDue : waitsForContact ? NeedsContact : ReviewWaiting;
        var key = $"{email.DedupKey}:{note}";
        if (!db.Outbox.Local.Any(o => o.DedupKey == key) && !await db.Outbox.AnyAsync(o => o.DedupKey == key, ct))
        {
            db.Outbox.Add(new OutboxMessage
            {
                RequestId = subject.RequestId,
                QuestionId = questionId,
                Template = note,
                StepId = step.Id,
                Language = subject.OwnerLanguage,
                RecipientName = subject.Owner.Name,
                RecipientAddress = subject.Owner.Email,
                DedupKey = key,
                Status = OutboxStatus.Queued,
                CreatedAt = at.ToDateTimeUtc(),
            });
        }

        return step.Kind switch
        {
            StepKind.Filing => $"{step.Name}: the document is drafted for the advocate to sign and file; nothing is sent to {step.To.Noun}.",
            _ when waitsForContact => $"{step.Name}: drafted, but {subject.Authority.Name} has no {step.To.Noun} contact on record; it waits for one, and the advocate is told.",
            _ when beforeRecorded => $"{step.Name}: its day came before the request was recorded here, so it is drafted for the advocate's review rather than sent by itself (an answer may have come meanwhile).",
            _ => $"{step.Name}: drafted for the advocate's review; it is sent when they send it.",
        };
    }
}
