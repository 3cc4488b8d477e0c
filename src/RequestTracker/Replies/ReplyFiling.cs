using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Runtime;
using RequestTracker.Telemetry;

namespace RequestTracker.Replies;

/// <summary>
/// Files a reply under a request and tells each of its questions ("authority-replied"), then tells the advocate a
/// reply waits to be classified. One path for every way a reply comes: read from the mailbox and matched, assigned
/// by a manager from the unmatched queue, or recorded by a person (post, fax, hand, portal). Stages only: the
/// caller commits it with whatever brought the reply in.
/// </summary>
internal sealed class ReplyFiling(AppDbContext db, WorkflowEngine engine)
{
    public async Task File(InboundMessage inbound, int requestId, string how, string actor, CancellationToken ct)
    {
        inbound.Status = InboundStatus.Matched;
        inbound.RequestId = requestId;
        inbound.MatchedBy = how;
        var questionIds = await db.Workflows.Where(w => w.RequestId == requestId).OrderBy(w => w.QuestionId).Select(w => w.QuestionId).ToListAsync(ct);
        var note = inbound.Channel == ReplyChannel.Email
            ? $"Reply from {inbound.FromName} <{inbound.FromAddress}>: \"{inbound.Subject}\" (matched by {how})."
            : $"Reply from {inbound.FromName} received by {inbound.Channel.ToString().ToLowerInvariant()} on {inbound.ReceivedOn:yyyy-MM-dd}: \"{inbound.Subject}\" (recorded on this request)."
                + (inbound.LetterDate is null ? string.Empty : $" {LetterDates.Note(inbound.LetterDate, inbound.ReceivedOn)}");
        WorkflowContext? first = null;
        foreach (var questionId in questionIds)
        {
            using var span = QuestionTraces.Start("reply matched", questionId, requestId, System.Diagnostics.ActivityKind.Consumer);
            span?.SetTag("requesttracker.email.message_id", inbound.MessageId);
            span?.SetTag("requesttracker.email.matched_by", how);
            var context = await engine.Stage(questionId, Trigger.AuthorityReplied, Clip.To(note, Lengths.JournalNote), actor, ct, arrivedOn: inbound.ReceivedOn);
            first ??= context;
        }

        if (first is not null)
        {
            // The advocate classifies the reply per question; the dedup key makes one email per reply.
            await engine.Queue(requestId, null, new EmailDecision("reply-received", null, Recipient.Advocate, $"request:{requestId}:reply:{Hash(inbound.MessageId)}"), ct);
        }
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
}
