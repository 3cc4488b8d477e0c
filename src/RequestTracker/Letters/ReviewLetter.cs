using RequestTracker.Access;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Laws;
using RequestTracker.Handling;
using RequestTracker.Mail;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Letters;

internal sealed record LetterEditInput(string? Subject, string? Text);

internal sealed record FileLetterInput(string? FiledOn);

/// <summary>
/// The advocate's side of a letter that waits: read it (its text drafted from the template the first time anyone
/// opens it, and kept as drafted), change it, send it (one email, through the outbox), file it, or drop it. Each
/// decision is journaled on the questions it concerns, with the hashes of the drafted and the sent text.
/// </summary>
internal sealed class ReviewLetter(AppDbContext db, MailComposer composer, LetterRecipients recipients, WorkflowEngine engine, WorkSignal signal, TimeProvider clock)
{
    public async Task<IReadOnlyList<LetterView>> OfRequest(CurrentUser user, int requestId, CancellationToken ct)
    {
        var letters = await db.Letters.AsNoTracking().Where(l => l.RequestId == requestId && db.Set<Request>().VisibleTo(user).Any(r => r.Id == requestId))
            .OrderBy(l => l.Id).ToListAsync(ct);
        var resolved = await recipients.For(requestId, ct);
        return letters.Select(l => LetterRecipients.View(l, resolved)).ToList();
    }

    public async Task<Outcome<LetterView>> Get(CurrentUser user, int requestId, long id, CancellationToken ct)
    {
        var letter = await Find(user, requestId, id, ct);
        if (letter is null)
        {
            return Outcome<LetterView>.NotFound();
        }

        await EnsureDrafted(letter, ct);
        return Outcome<LetterView>.Ok(LetterRecipients.View(letter, await recipients.For(requestId, ct)));
    }

    public async Task<Outcome<LetterView>> Edit(CurrentUser user, int requestId, long id, LetterEditInput input, CancellationToken ct)
    {
        var letter = await Find(user, requestId, id, ct);
        if (letter is null)
        {
            return Outcome<LetterView>.NotFound();
        }

        var errors = new ValidationErrors();
        var subject = errors.RequiredLine("subject", input.Subject, Lengths.Subject);
        var text = errors.RequiredText("text", input.Text, Lengths.Body);
        if (text is not null && LetterScript.Mismatch(letter.Language, text) is { } script)
        {
            errors.Add("text", $"This text is mostly in {script} letters, not in {LetterScript.Name(letter.Language)}, the language the authority is written to in. Nothing is translated: write it in {LetterScript.Name(letter.Language)}.");
        }

        if (!letter.Open)
        {
            return Outcome<LetterView>.Conflict($"The letter is {Words(letter.Status)}; it can no longer be changed.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<LetterView>.Invalid(errors);
        }

        await EnsureDrafted(letter, ct);
        letter.Edit(subject!, text!);
        return await Save(user, letter, ct);
    }

    /// <summary>Sends the letter as it stands: one email to its recipient, threaded; 409 while it has none or once decided.</summary>
    public async Task<Outcome<LetterView>> Send(CurrentUser user, int requestId, long id, CancellationToken ct)
    {
        var letter = await Find(user, requestId, id, ct);
        if (letter is null)
        {
            return Outcome<LetterView>.NotFound();
        }

        if (!letter.Open || letter.Kind != StepKind.Letter)
        {
            return Outcome<LetterView>.Conflict(letter.Kind == StepKind.Filing
                ? "A filing is never emailed: download it, sign it and file it, then mark it filed."
                : $"The letter is {Words(letter.Status)}; it cannot be sent again.");
        }

        var resolved = await recipients.For(requestId, ct);
        if (resolved.Address(letter.To) is not { } to)
        {
            return Outcome<LetterView>.Conflict($"The letter has no recipient yet: {resolved.Missing(letter.To)}");
        }

        await EnsureDrafted(letter, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        letter.MarkSent(to.Name, to.Email, user.Id, now);
        db.Outbox.Add(new OutboxMessage
        {
            RequestId = requestId,
            QuestionId = letter.QuestionId,
            LetterId = letter.Id,
            Template = letter.Template,
            StepId = letter.StepId,
            Language = letter.Language,
            RecipientName = to.Name,
            RecipientAddress = to.Email,
            DedupKey = Letter.SentKey(letter.Id),
            Status = OutboxStatus.Queued,
            CreatedAt = now,
        });
        await Journal(letter, JournalEvents.LetterSent, user, now,
            $"Sent to {to.Name} <{to.Email}> after review: {(letter.Text == letter.DraftText && letter.Subject == letter.DraftSubject ? "as drafted" : "the text was changed from the draft")} " +
            $"(letter L-{letter.Id}; drafted text SHA-256 {Sha(letter.DraftSubject, letter.DraftText)}, sent text SHA-256 {Sha(letter.Subject, letter.Text)}).", ct);
        if (letter.Purpose == LetterPurpose.ClarificationAnswer)
        {
            // The clarification is given when it is sent: each stopped clock restarts or resumes as the law says, in the same save.
            var stopped = await db.Workflows.Where(w => w.RequestId == requestId && w.Category == StateCategory.Paused).Select(w => w.QuestionId).ToListAsync(ct);
            foreach (var questionId in stopped)
            {
                await engine.Stage(questionId, Trigger.ClarificationGiven, $"Clarification sent in letter L-{letter.Id}.", user.Id, ct, recordIfNotPermitted: false);
            }
        }

        var saved = await Save(user, letter, ct);
        signal.Notify();
        return saved;
    }

    public async Task<Outcome<LetterView>> File(CurrentUser user, int requestId, long id, FileLetterInput input, CancellationToken ct)
    {
        var letter = await Find(user, requestId, id, ct);
        if (letter is null)
        {
            return Outcome<LetterView>.NotFound();
        }

        if (!letter.Open || letter.Kind != StepKind.Filing)
        {
            return Outcome<LetterView>.Conflict(letter.Kind == StepKind.Filing ? $"The filing is {Words(letter.Status)} already." : "Only a filing is filed; a letter is sent.");
        }

        var errors = new ValidationErrors();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!DateOnly.TryParseExact(input.FiledOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
        {
            errors.Add("filedOn", $"Give the day it was filed (YYYY-MM-DD).");
        }
        else if (on > today.AddDays(1) || on < DateOnly.FromDateTime(letter.CreatedAt))
        {
            errors.Add("filedOn", $"The day it was filed lies between {DateOnly.FromDateTime(letter.CreatedAt):yyyy-MM-dd}, when it was drafted, and today.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<LetterView>.Invalid(errors);
        }

        await EnsureDrafted(letter, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        letter.MarkFiled(on, user.Id, now);
        await Journal(letter, JournalEvents.LetterFiled, user, now, $"Filed on {on:yyyy-MM-dd}, as the advocate records (letter L-{letter.Id}; text SHA-256 {Sha(letter.Subject, letter.Text)}).", ct);
        return await Save(user, letter, ct);
    }

    public async Task<Outcome<LetterView>> Discard(CurrentUser user, int requestId, long id, CancellationToken ct)
    {
        var letter = await Find(user, requestId, id, ct);
        if (letter is null)
        {
            return Outcome<LetterView>.NotFound();
        }

        if (!letter.Open)
        {
            return Outcome<LetterView>.Conflict($"The letter is {Words(letter.Status)}; there is nothing to drop.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        letter.Discard(user.Id, now);
        await Journal(letter, JournalEvents.LetterDiscarded, user, now, $"Not sent: the advocate dropped the letter (L-{letter.Id}).", ct);
        return await Save(user, letter, ct);
    }

    /// <summary>A filing as a Word document to sign and file.</summary>
    public async Task<Outcome<(string Name, byte[] Content)>> Document(CurrentUser user, int requestId, long id, CancellationToken ct)
    {
        var letter = await Find(user, requestId, id, ct);
        if (letter is null || letter.Kind != StepKind.Filing)
        {
            return Outcome<(string, byte[])>.NotFound();
        }

        await EnsureDrafted(letter, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<(string, byte[])>.Ok(($"RT-{requestId}-L-{letter.Id}.docx", FilingDocument.Docx(letter.Subject ?? string.Empty, letter.Text ?? string.Empty)));
    }

    private Task<Letter?> Find(CurrentUser user, int requestId, long id, CancellationToken ct) =>
        db.Letters.Where(l => l.Id == id && l.RequestId == requestId && db.Set<Request>().VisibleTo(user).Any(r => r.Id == requestId)).FirstOrDefaultAsync(ct);

    /// <summary>The template's text the first time anyone opens the letter; kept, so the record shows what was drafted.</summary>
    private async Task EnsureDrafted(Letter letter, CancellationToken ct)
    {
        if (letter.DraftText is not null)
        {
            return;
        }

        var resolved = await recipients.For(letter.RequestId, ct);
        var to = resolved.Address(letter.To);
        var row = new OutboxMessage
        {
            RequestId = letter.RequestId,
            QuestionId = letter.QuestionId,
            Template = letter.Template,
            StepId = letter.StepId,
            Language = letter.Language,
            RecipientName = to?.Name ?? resolved.Placeholder(letter.To),
            RecipientAddress = to?.Email ?? string.Empty,
        };
        var (rendered, _) = await composer.Render(row, ct);
        letter.Drafted(rendered.Subject, rendered.Text);
    }

    /// <summary>The decision on every question the letter concerns (its own, and those still waiting for an answer).</summary>
    private async Task Journal(Letter letter, string @event, CurrentUser user, DateTime now, string note, CancellationToken ct)
    {
        var questions = await db.Workflows.Where(w => w.RequestId == letter.RequestId && (w.QuestionId == letter.QuestionId || w.Category == StateCategory.Open || w.Category == StateCategory.Paused || w.Category == StateCategory.Escalated))
            .Select(w => new { w.QuestionId, w.State }).ToListAsync(ct);
        foreach (var q in questions)
        {
            Runtime.Journal.Append(db, letter.RequestId, q.QuestionId, @event, user.Id, now, note, $"letter L-{letter.Id} ({letter.Purpose}, {letter.Kind}{(letter.StepId is null ? string.Empty : $", step {letter.StepId}")})", q.State, q.State);
        }
    }

    private async Task<Outcome<LetterView>> Save(CurrentUser user, Letter letter, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<LetterView>.Conflict("The letter was changed or sent meanwhile (another window?); reload it.");
        }
        catch (DbUpdateException)
        {
            // The email's dedup key is unique: a second Send of the same letter loses here and sends nothing.
            db.ChangeTracker.Clear();
            if (await db.Outbox.AsNoTracking().AnyAsync(o => o.DedupKey == Letter.SentKey(letter.Id), ct))
            {
                return Outcome<LetterView>.Conflict("The letter was sent meanwhile; it is sent once.");
            }

            throw;
        }

        return (await Get(user, letter.RequestId, letter.Id, ct)) is { Kind: OutcomeKind.Ok } fresh ? fresh : Outcome<LetterView>.NotFound();
    }

    private static string Sha(string? subject, string? text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{subject}\n{text}")))[..16];

    private static string Words(LetterStatus status) => status switch
    {
        LetterStatus.Sent => "sent",
        LetterStatus.Filed => "filed",
        LetterStatus.Discarded => "dropped",
        LetterStatus.NeedsContact => "waiting for a contact",
        _ => "a draft",
    };
}
