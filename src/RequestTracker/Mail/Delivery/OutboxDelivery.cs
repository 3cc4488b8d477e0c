using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Runtime;
using RequestTracker.Telemetry;
using RequestTracker.Definitions.Templates;


namespace RequestTracker.Mail.Delivery;

/// <summary>
/// Delivers one claimed outbox row. The MIME is rendered and committed before the first attempt, so every
/// attempt — including one after a crash between sending and recording — sends the same bytes with the same
/// Message-Id. The outcome, the server's reply and a journal entry per listed question commit together.
/// </summary>
internal sealed class OutboxDelivery(AppDbContext db, MailComposer composer, TimeProvider clock, IOptions<MailOptions> options)
{
    public const string Actor = "mail";

    /// <summary>Null when the row is no longer ours (its lease ran out and another worker took it).</summary>
    public async Task<DeliveryResult?> Deliver(long id, string token, IMailTransport transport, CancellationToken ct)
    {
        // Renew the lease for this one send, and only if it is still ours and unexpired: a batch claimed a
        // while ago may have outlived its lease, and another replica may be taking the row right now.
        var now = clock.GetUtcNow().UtcDateTime;
        var renewed = await db.Outbox
            .Where(o => o.Id == id && o.LeaseOwner == token && o.Status == OutboxStatus.Queued && o.LeaseUntil >= now)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseUntil, now.AddSeconds(options.Value.Delivery.LeaseSeconds)), ct);
        var row = renewed == 1 ? await db.Outbox.FirstOrDefaultAsync(o => o.Id == id, ct) : null;
        if (row is null)
        {
            return null;
        }

        if (row.Mime is null && !await Render(row, ct))
        {
            return DeliveryResult.Permanent;
        }

        using var stream = new MemoryStream(row.Mime!);
        var message = await MimeMessage.LoadAsync(stream, ct);
        var outcome = await transport.Send(message, ct);
        if (outcome.Result == DeliveryResult.Unreachable)
        {
            // Nothing was decided about this email: no attempt is spent; the worker hands the batch back.
            row.LastError = Clip.To($"Mail server unreachable: {outcome.Reply}", Lengths.ServerReply);
            await db.SaveChangesAsync(ct);
            return outcome.Result;
        }

        Record(row, outcome);
        await db.SaveChangesAsync(ct);
        return outcome.Result;
    }

    /// <summary>Renders and commits the message; an email that cannot be composed safely is failed, not sent.</summary>
    private async Task<bool> Render(OutboxMessage row, CancellationToken ct)
    {
        try
        {
            var composed = await composer.Compose(row, ct);
            using var buffer = new MemoryStream();
            await composed.Message.WriteToAsync(buffer, ct);
            row.Mime = buffer.ToArray();
            row.MessageId = composed.Message.MessageId;
            row.Subject = Clip.To(composed.Message.Subject ?? string.Empty, Lengths.Subject);
            row.Covers = string.Join(',', composed.Covers);
            // Searchable with its request; email about no request (the digest, a password link) never is.
            row.Text = row.RequestId is null ? null : composed.Message.TextBody;
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (UnsafeMailException e)
        {
            Record(row, new DeliveryOutcome(DeliveryResult.Permanent, $"Not sent: {e.Message}"));
            await db.SaveChangesAsync(ct);
            return false;
        }
    }

    private void Record(OutboxMessage row, DeliveryOutcome outcome)
    {
        Trace(row, outcome);
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value.Delivery;
        row.LeaseUntil = null;
        row.LeaseOwner = outcome.Result == DeliveryResult.Accepted ? row.LeaseOwner : null; // a sent row keeps who sent it
        row.Attempts++;
        switch (outcome.Result)
        {
            case DeliveryResult.Accepted:
                row.Status = OutboxStatus.Sent;
                row.SentAt = now;
                row.ServerReply = Clip.To(outcome.Reply, Lengths.ServerReply);
                // What went wrong before it went through stays, but says so: the row is not in error.
                row.LastError = row.LastError is null || row.LastError.StartsWith(EarlierAttempt, StringComparison.Ordinal)
                    ? row.LastError
                    : Clip.To(EarlierAttempt + row.LastError, Lengths.ServerReply);
                Journal(row, JournalEvents.EmailSent, $"Email '{TemplateKinds.English(row.Template)}' to {row.RecipientName} <{row.RecipientAddress}> accepted: {outcome.Reply}. Message-Id <{row.MessageId}>.", now);
                break;
            case DeliveryResult.Permanent:
                Fail(row, outcome.Reply, now);
                break;
            case DeliveryResult.Temporary when row.Attempts >= settings.MaxAttempts:
                Fail(row, $"Gave up after {row.Attempts} attempts; last reply: {outcome.Reply}", now);
                break;
            default:
                // 4xx: the server asked us to come back later; back off exponentially with jitter.
                row.LastError = Clip.To(outcome.Reply, Lengths.ServerReply);
                row.NextAttemptAt = now + Backoff(row.Attempts, settings);
                break;
        }
    }

    private void Fail(OutboxMessage row, string reply, DateTime now)
    {
        row.Status = OutboxStatus.Failed;
        row.FailedAt = now;
        row.ServerReply = Clip.To(reply, Lengths.ServerReply);
        row.LastError = Clip.To(reply, Lengths.ServerReply);
        Journal(row, JournalEvents.EmailFailed, $"Email '{TemplateKinds.English(row.Template)}' to {row.RecipientName} <{row.RecipientAddress}> failed: {reply}. A manager can retry it from the outbox.", now);
    }

    /// <summary>One span per question the email covers, in that question's trace: the attempt and the server's answer.</summary>
    private static void Trace(OutboxMessage row, DeliveryOutcome outcome)
    {
        if (row.RequestId is not { } requestId)
        {
            return;
        }

        foreach (var questionId in row.CoveredQuestions())
        {
            using var span = QuestionTraces.Start("email delivery", questionId, requestId, System.Diagnostics.ActivityKind.Client);
            span?.SetTag("requesttracker.email.template", row.Template);
            span?.SetTag("requesttracker.email.message_id", row.MessageId);
            span?.SetTag("requesttracker.email.attempt", row.Attempts + 1);
            span?.SetTag("requesttracker.email.result", outcome.Result.ToString());
            span?.SetTag("requesttracker.email.server_reply", outcome.Reply);
            if (outcome.Result != DeliveryResult.Accepted)
            {
                span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, outcome.Reply);
            }
        }
    }

    /// <summary>How a sent email's error field labels the error of an attempt before the one that succeeded.</summary>
    internal const string EarlierAttempt = "Before it was sent: ";

    internal static TimeSpan Backoff(int attempts, DeliveryOptions settings)
    {
        var seconds = Math.Min(settings.RetryMaxSeconds, settings.RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }

    private void Journal(OutboxMessage row, string @event, string note, DateTime now)
    {
        if (row.RequestId is not { } requestId)
        {
            return;
        }

        foreach (var questionId in row.CoveredQuestions())
        {
            Runtime.Journal.Append(db, requestId, questionId, @event, Actor, now, note, "Outbox delivery");
        }
    }

}
