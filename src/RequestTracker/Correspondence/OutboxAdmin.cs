using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Runtime;
using RequestTracker.Definitions.Templates;

namespace RequestTracker.Correspondence;

internal sealed record OutboxQuery(string? Status, string? Cursor, string? Limit);

internal sealed record OutboxItem(
    long Id, int? RequestId, int? QuestionId, string Template, string? StepId, string RecipientName, string RecipientAddress, string Status,
    string? Subject, string? MessageId, int Attempts, DateTime? NextAttemptAt, string? ServerReply, string? LastError, DateTime CreatedAt, DateTime? SentAt, DateTime? FailedAt);

internal sealed record OutboxPage(IReadOnlyList<OutboxItem> Items, string? NextCursor);

/// <summary>A manager's retry; <see cref="To"/> corrects the recipient address when that was the problem.</summary>
internal sealed record RetryEmailInput(string? To);

/// <summary>The outbox for managers: newest first, keyset-paged on (Status, Id); retry of a failed email.</summary>
internal sealed class OutboxAdmin(AppDbContext db, WorkSignal signal, TimeProvider clock)
{
    public async Task<Outcome<OutboxPage>> List(OutboxQuery query, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var limit = PageCursor.Limit(query.Limit, errors);
        long afterId = 0;
        if (!string.IsNullOrEmpty(query.Cursor) && !PageCursor.TryDecode(query.Cursor, out afterId))
        {
            errors.Add("cursor", $"The cursor is not one this API returned.");
        }

        var status = errors.OptionalEnum<OutboxStatus>("status", query.Status);

        if (!errors.IsEmpty)
        {
            return Outcome<OutboxPage>.Invalid(errors);
        }

        var rows = db.Outbox.AsNoTracking();
        if (status is not null)
        {
            rows = rows.Where(o => o.Status == status);
        }

        if (afterId > 0)
        {
            rows = rows.Where(o => o.Id < afterId);
        }

        var page = await rows.OrderByDescending(o => o.Id).Take(limit + 1)
            .Select(o => new OutboxItem(
                o.Id, o.RequestId, o.QuestionId, o.Template, o.StepId, o.RecipientName, o.RecipientAddress, o.Status.ToString().ToLowerInvariant(),
                o.Subject, o.MessageId, o.Attempts, o.NextAttemptAt, o.ServerReply, o.LastError, o.CreatedAt, o.SentAt, o.FailedAt))
            .ToListAsync(ct);
        return Outcome<OutboxPage>.Ok(new OutboxPage(page.Take(limit).ToList(), page.Count > limit ? PageCursor.Encode(page[limit - 1].Id) : null));
    }

    /// <summary>
    /// Puts a failed email back in the queue. Unchanged, it is the same message (same Message-Id, same
    /// bytes); with a corrected address it is rendered again for that address, still with its Message-Id.
    /// </summary>
    public async Task<Outcome<OutboxItem>> Retry(CurrentUser user, long id, RetryEmailInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var to = input.To is null ? null : errors.OptionalLine("to", input.To, Lengths.Email);
        if (to is not null && errors.IsEmpty && !EmailAddress.IsValid(to))
        {
            errors.Add("to", $"The address must be a valid email address.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<OutboxItem>.Invalid(errors);
        }

        var row = await db.Outbox.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (row is null)
        {
            return Outcome<OutboxItem>.NotFound();
        }

        if (row.Status != OutboxStatus.Failed)
        {
            return Outcome<OutboxItem>.Conflict($"Only a failed email can be retried; this one is {row.Status.ToString().ToLowerInvariant()}.");
        }

        var note = $"Email '{TemplateKinds.English(row.Template)}' to {row.RecipientName} <{row.RecipientAddress}> queued again by a manager";
        if (to is not null && !to.Equals(row.RecipientAddress, StringComparison.OrdinalIgnoreCase))
        {
            note += $", now to <{to}>";
            row.RecipientAddress = to;
            row.Mime = null;
        }

        row.Status = OutboxStatus.Queued;
        row.Attempts = 0;
        row.NextAttemptAt = null;
        row.FailedAt = null;
        foreach (var questionId in row.RequestId is null ? [] : row.CoveredQuestions())
        {
            Journal.Append(db, row.RequestId!.Value, questionId, JournalEvents.EmailRetried, user.Id, clock.GetUtcNow().UtcDateTime, note + ".", "Outbox retry");
        }

        await db.SaveChangesAsync(ct);
        signal.Notify();
        return Outcome<OutboxItem>.Ok(new OutboxItem(
            row.Id, row.RequestId, row.QuestionId, row.Template, row.StepId, row.RecipientName, row.RecipientAddress, "queued", row.Subject, row.MessageId,
            row.Attempts, row.NextAttemptAt, row.ServerReply, row.LastError, row.CreatedAt, row.SentAt, row.FailedAt));
    }
}
