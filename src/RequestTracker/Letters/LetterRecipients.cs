using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Laws;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Letters;

/// <summary>A request's authority and escalation contacts as they stand now: where each letter goes, or whose address is missing.</summary>
internal sealed class ResolvedRecipients(string authorityName, string authorityEmail, IReadOnlyList<EscalationContact> contacts, LawDefinition law)
{
    /// <summary>The name of a step of the request's law (the one its questions are pinned to).</summary>
    public string? StepName(string? id) => id is null ? null : law.Ladder.FirstOrDefault(s => s.Id == id)?.Name;

    public (string Name, string Email)? Address(Recipient to)
    {
        if (to == Recipient.Authority)
        {
            return (authorityName, authorityEmail);
        }

        return to.Contact is { } kind && contacts.OrderBy(c => c.Position).FirstOrDefault(c => c.Kind == kind) is { } contact
            ? (contact.Name, contact.Email)
            : null;
    }

    /// <summary>What the letter waits for, in words: "Ministry X has no higher-body contact: add one on its page (/authorities/edit/7)."</summary>
    public string Missing(Recipient to) => $"{authorityName} has no {to.Noun} contact on record: a manager adds one on the authority's page, then the letter can be sent.";

    /// <summary>How the draft names a recipient it cannot address yet.</summary>
    public string Placeholder(Recipient to) => $"[{to.Noun} of {authorityName}]";
}

/// <summary>Reads a request's recipients once for all its letters, and turns letters into their views.</summary>
internal sealed class LetterRecipients(AppDbContext db, Definitions.DefinitionStore definitions)
{
    public async Task<ResolvedRecipients> For(int requestId, CancellationToken ct)
    {
        var authorityId = await db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.AuthorityId).FirstAsync(ct);
        var authority = await db.Authorities.AsNoTracking().Include(a => a.EscalationContacts).FirstAsync(a => a.Id == authorityId, ct);
        var pinned = await db.Workflows.AsNoTracking().Where(w => w.RequestId == requestId).Select(w => w.LawHash).FirstOrDefaultAsync(ct);
        var law = pinned is null ? definitions.Catalog.Laws[authority.LawId] : await definitions.Law(pinned, db, ct);
        return new ResolvedRecipients(authority.Name, authority.ContactEmail, authority.EscalationContacts, law);
    }

    public static LetterView View(Letter letter, ResolvedRecipients recipients)
    {
        var to = letter.Status is LetterStatus.Sent ? (letter.RecipientName!, letter.RecipientAddress!) : recipients.Address(letter.To);
        var step = recipients.StepName(letter.StepId);
        // A letter that waited for a contact is ready once the contact is there; one that has a contact shows none missing.
        var status = letter.Status == LetterStatus.NeedsContact && to is not null ? LetterStatus.Draft : letter.Status == LetterStatus.Draft && to is null && letter.Kind == StepKind.Letter ? LetterStatus.NeedsContact : letter.Status;
        return new LetterView(
            letter.Id, letter.RequestId, letter.Purpose.ToString(), letter.Kind.ToString(), status.ToString(), step, letter.Language,
            to?.Name ?? recipients.Placeholder(letter.To), to?.Email, to is null && letter.Kind == StepKind.Letter ? recipients.Missing(letter.To) : null,
            letter.Subject ?? string.Empty, letter.Text ?? string.Empty, letter.DraftSubject ?? string.Empty, letter.DraftText ?? string.Empty,
            letter.CreatedAt, letter.DecidedAt, letter.FiledOn, letter.Version);
    }
}
