using Microsoft.EntityFrameworkCore;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Mail.Intake;
using RequestTracker.Replies;
using RequestTracker.Requests;

namespace RequestTracker.Correspondence;

internal sealed record UnmatchedItem(long Id, DateTime ReceivedAt, string FromName, string FromAddress, string To, string Subject, string MessageId, string Text, string? Notes, int Attachments);

internal sealed record UnmatchedPage(IReadOnlyList<UnmatchedItem> Items, string? NextCursor);

internal sealed record AssignReplyInput(int? RequestId);

/// <summary>The review queue: mail that matched no request, oldest first, until a manager files it under one.</summary>
internal sealed class UnmatchedReplies(AppDbContext db, ReplyFiling filing, WorkSignal signal)
{
    public async Task<Outcome<UnmatchedPage>> List(string? cursor, string? limitText, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var limit = PageCursor.Limit(limitText, errors);
        long afterId = 0;
        if (!string.IsNullOrEmpty(cursor) && !PageCursor.TryDecode(cursor, out afterId))
        {
            errors.Add("cursor", $"The cursor is not one this API returned.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<UnmatchedPage>.Invalid(errors);
        }

        var rows = await db.Inbox.AsNoTracking()
            .Where(m => m.Status == InboundStatus.Unmatched && m.Id > afterId)
            .OrderBy(m => m.Id)
            .Take(limit + 1)
            .Select(m => new UnmatchedItem(m.Id, m.ReceivedAt, m.FromName, m.FromAddress, m.To, m.Subject, m.MessageId, m.TextBody, m.Notes, m.Attachments.Count))
            .ToListAsync(ct);
        return Outcome<UnmatchedPage>.Ok(new UnmatchedPage(rows.Take(limit).ToList(), rows.Count > limit ? PageCursor.Encode(rows[limit - 1].Id) : null));
    }

    public async Task<Outcome<UnmatchedItem>> Assign(long id, AssignReplyInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.RequestId is not > 0)
        {
            errors.Add("requestId", $"The requestId is required: the request this reply belongs to.");
        }
        else if (!await db.Requests.AnyAsync(r => r.Id == input.RequestId, ct))
        {
            errors.Add("requestId", $"There is no request {input.RequestId}.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<UnmatchedItem>.Invalid(errors);
        }

        var message = await db.Inbox.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return Outcome<UnmatchedItem>.NotFound();
        }

        if (message.Status != InboundStatus.Unmatched)
        {
            return Outcome<UnmatchedItem>.Conflict($"This email is already filed ({message.Status.ToString().ToLowerInvariant()}, request {message.RequestId}).");
        }

        await filing.File(message, input.RequestId!.Value, "manager", IntakeProcessor.Actor, ct);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return Outcome<UnmatchedItem>.Ok(new UnmatchedItem(
            message.Id, message.ReceivedAt, message.FromName, message.FromAddress, message.To, message.Subject, message.MessageId, message.TextBody, message.Notes, 0));
    }
}
