using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

/// <summary>A withdrawal: why (journaled on each question), and whether to tell the authority.</summary>
internal sealed record WithdrawInput(string? Reason, bool NotifyAuthority);

/// <summary>
/// Withdraws a draft or a sent request. For a sent one, in one transaction: every running question's
/// workflow ends (its timers go, the journal says so), every email of the request not yet handed to the
/// mail server is cancelled, and — if asked — a withdrawal notice to the authority is queued. After it
/// commits, nothing more is sent about the request but that notice. Withdrawing twice is a conflict.
/// </summary>
internal sealed class WithdrawRequest(AppDbContext db, WorkflowEngine engine, WorkSignal signal, TimeProvider clock, GetRequest get)
{
    public async Task<Outcome<RequestResponse>> Handle(CurrentUser user, int id, WithdrawInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var reason = errors.OptionalText("reason", input.Reason, Lengths.ActionNote);
        if (!errors.IsEmpty)
        {
            return Outcome<RequestResponse>.Invalid(errors);
        }

        // A question changed under us (a timer fired, a reply came): decide again on fresh state.
        return await Conflicts.Retry(db, async () =>
        {
            var request = await db.Requests.VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, ct);
            if (request is null)
            {
                return Outcome<RequestResponse>.NotFound();
            }

            if (!request.CanWithdraw)
            {
                return Outcome<RequestResponse>.Conflict("The request is already withdrawn.");
            }

            var wasSent = request.Status == RequestStatus.Sent;
            request.Withdraw(clock.GetUtcNow().UtcDateTime);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (wasSent)
            {
                await EndWorkflows(user, id, reason, input.NotifyAuthority, ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            signal.Notify();
            return await get.Handle(user, id, ct);
        });
    }

    private async Task EndWorkflows(CurrentUser user, int requestId, string? reason, bool notifyAuthority, CancellationToken ct)
    {
        // Emails not yet handed to the server are cancelled first, in this transaction; a send already
        // under way completes and is recorded as sent, which is what happened.
        var queued = await db.Outbox.AsNoTracking().Where(o => o.RequestId == requestId && o.Status == OutboxStatus.Queued)
            .Select(o => new { o.Id, o.Template, o.RecipientName }).ToListAsync(ct);
        var ids = queued.Select(o => o.Id).ToList();
        var cancelled = ids.Count == 0 ? 0 : await db.Outbox.Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Cancelled).SetProperty(o => o.LastError, "Cancelled: the request was withdrawn."), ct);
        var note = $"The request was withdrawn{(string.IsNullOrWhiteSpace(reason) ? "." : $": {reason}")}";
        if (cancelled > 0)
        {
            note += $" {cancelled} queued email(s) cancelled: {string.Join(", ", queued.Select(o => $"'{o.Template}' to {o.RecipientName}"))}.";
        }

        // Letters waiting for the advocate (a complaint to review, a filing) are dropped with it: nothing more goes out.
        var waiting = await db.Letters.Where(l => l.RequestId == requestId && (l.Status == Runtime.LetterStatus.Draft || l.Status == Runtime.LetterStatus.NeedsContact)).ToListAsync(ct);
        foreach (var letter in waiting)
        {
            letter.Discard(user.Id, clock.GetUtcNow().UtcDateTime);
        }

        if (waiting.Count > 0)
        {
            note += $" {waiting.Count} letter(s) waiting for review dropped.";
        }

        var questionIds = await db.Workflows.Where(w => w.RequestId == requestId).OrderBy(w => w.QuestionId).Select(w => w.QuestionId).ToListAsync(ct);
        foreach (var questionId in questionIds)
        {
            await engine.Stage(questionId, Trigger.Withdrawn, note, user.Id, ct, recordIfNotPermitted: false); // an answered question stays answered
        }

        if (notifyAuthority)
        {
            await engine.Queue(requestId, null, new EmailDecision("withdrawal", null, Recipient.Authority, $"request:{requestId}:withdrawn"), ct);
        }
    }
}
