using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Replies;
using RequestTracker.Requests;

namespace RequestTracker.Publishing;

internal sealed record PrivacyInput(bool? Private);

/// <summary>Marks a received attachment private (withheld from public pages and feeds) or releasable.</summary>
internal sealed class AttachmentPrivacy(AppDbContext db)
{
    public async Task<Outcome<bool>> Handle(CurrentUser user, int requestId, long attachmentId, PrivacyInput input, CancellationToken ct)
    {
        if (input.Private is not { } value)
        {
            var errors = new ValidationErrors();
            errors.Add("private", $"Say true (withhold it from public pages) or false.");
            return Outcome<bool>.Invalid(errors);
        }

        // One UPDATE: the attachment's bytes are never read to change its flag.
        var changed = await db.InboxAttachments
            .Where(a => a.Id == attachmentId && db.Set<RequestTracker.Replies.InboundMessage>().Any(m => m.Id == a.InboundMessageId && m.RequestId == requestId) && db.Set<Request>().VisibleTo(user).Any(r => r.Id == requestId))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Private, value), ct);
        return changed == 1 ? Outcome<bool>.Ok(value) : Outcome<bool>.NotFound();
    }
}
