using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Mail;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Correspondence;

internal sealed record EmailPreview(string From, string To, string Subject, string Text, string Html)
{
    /// <summary>What the advocate may want to change first (a greeting or signature the template adds again).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// The request email as the delivery worker will compose it, for a draft the advocate is about to send:
/// same composer, same template, same reply address; only the Message-Id is given at sending.
/// </summary>
internal sealed class PreviewRequestEmail(AppDbContext db, MailComposer composer)
{
    public async Task<Outcome<EmailPreview>> Handle(CurrentUser user, int requestId, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().VisibleTo(user).Where(r => r.Id == requestId)
            .Select(r => new { r.Id, r.Body, r.Language, r.Authority!.Name, r.Authority.ContactEmail }).FirstOrDefaultAsync(ct);
        if (request is null)
        {
            return Outcome<EmailPreview>.NotFound();
        }

        var row = new OutboxMessage { RequestId = request.Id, Template = "request", Language = request.Language, RecipientName = request.Name, RecipientAddress = request.ContactEmail };
        try
        {
            var message = (await composer.Compose(row, ct)).Message;
            return Outcome<EmailPreview>.Ok(new EmailPreview(
                message.From.ToString(), message.To.ToString(), message.Subject ?? string.Empty, message.TextBody ?? string.Empty, message.HtmlBody ?? string.Empty)
            {
                Warnings = LetterFrame.Warnings(request.Body),
            });
        }
        catch (UnsafeMailException e)
        {
            return Outcome<EmailPreview>.Unprocessable(e.Message);
        }
    }
}
