using Microsoft.AspNetCore.Http.HttpResults;
using RequestTracker.Access;
using RequestTracker.Handling;
using RequestTracker.Correspondence;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class MailApi
{
    /// <summary>Attachment types served with their own type; anything else is a download of application/octet-stream.</summary>
    private static readonly HashSet<string> InlineSafeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "image/png", "image/jpeg", "image/gif", "text/plain", "text/csv",
    };

    public static void MapMailApi(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/requests").WithTags("Correspondence").RequireAuthorization(ApiPolicies.User);
        requests.MapGet("/{id:int}/correspondence", async (int id, CurrentUser user, ReadCorrespondence read, CancellationToken ct) =>
                (await read.Handle(user, id, ct)).ToHttp())
            .WithSummary("The request's emails and letters both ways, by the day each arrived or went out where the authority is, then by when it was recorded: sent ones with their proof of sending (Message-Id, the server's reply, time), received ones with attachments, the day they arrived (receivedOn) and a letter's date (letterDate).")
            .ProducesErrors();
        requests.MapGet("/{id:int}/correspondence/{direction:regex(^(sent|received)$)}/{emailId:long}.eml",
                async (int id, string direction, long emailId, CurrentUser user, ReadCorrespondence read, CancellationToken ct) =>
                (await read.Raw(user, id, direction, emailId, ct)).ToHttp(raw =>
                    TypedResults.File(raw, "message/rfc822", $"RT-{id}-{direction}-{emailId}.eml")))
            .WithSummary("The exact stored email (RFC 5322), as sent or as received: the evidence.")
            .ProducesErrors();
        requests.MapGet("/{id:int}/attachments/{attachmentId:long}", async (int id, long attachmentId, CurrentUser user, ReadCorrespondence read, CancellationToken ct) =>
                (await read.Attachment(user, id, attachmentId, ct)).ToHttp(a =>
                    TypedResults.File(a.Content, InlineSafeTypes.Contains(a.ContentType) ? a.ContentType : "application/octet-stream", a.StoredName)))
            .WithSummary("An attachment of a received email, always as a download under its generated name.")
            .ProducesErrors();
        requests.MapPost("/{id:int}/replies", async Task<Results<Ok<RecordedReply>, ValidationProblem, ProblemHttpResult>> (int id, HttpRequest http, CurrentUser user, RecordReply record, CancellationToken ct) =>
                {
                    var (form, refusal) = await FormBody.Read(http, ct);
                    if (form is null)
                    {
                        return refusal!;
                    }

                    var errors = new ValidationErrors();
                    var input = ReplyFiles.Input(form, string.Empty, errors);
                    return errors.IsEmpty
                        ? (await record.Handle(user, id, input, ReplyFiles.From(form.Files), ct)).ToHttp()
                        : Outcome<RecordedReply>.Invalid(errors).ToHttp();
                })
            .Accepts<RecordReplyInput>("multipart/form-data")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ReplyFiles.MaxRequestBytes))
            .WithSummary("Record a reply that came by post, fax, hand or portal (multipart: channel, receivedOn YYYY-MM-DD — the day it arrived where the authority is, today if not given —, letterDate YYYY-MM-DD — the date the letter bears —, fromName, subject, text, key, files). It is filed like an emailed reply: journal and 'authority-replied' on each question. A repeated key returns the first recording.")
            .ProducesErrors();

        var outbox = app.MapGroup("/api/outbox").WithTags("Correspondence").RequireAuthorization(ApiPolicies.Manager);
        outbox.MapGet("/", async (string? status, string? cursor, string? limit, OutboxAdmin admin, CancellationToken ct) =>
                (await admin.List(new OutboxQuery(status, cursor, limit), ct)).ToHttp())
            .WithSummary("Emails by status (queued, sent, failed), newest first, with attempts, next retry and the server's reply.")
            .ProducesErrors();
        outbox.MapPost("/{id:long}/retry", async (long id, RetryEmailInput? body, CurrentUser user, OutboxAdmin admin, CancellationToken ct) =>
                (await admin.Retry(user, id, body ?? new RetryEmailInput(null), ct)).ToHttp())
            .WithSummary("Queue a failed email again (same Message-Id); optional body {\"to\": \"corrected@address\"}. 409 unless failed.")
            .ProducesErrors();

        var inbox = app.MapGroup("/api/inbox").WithTags("Correspondence").RequireAuthorization(ApiPolicies.Manager);
        inbox.MapGet("/unmatched", async (string? cursor, string? limit, UnmatchedReplies replies, CancellationToken ct) =>
                (await replies.List(cursor, limit, ct)).ToHttp())
            .WithSummary("Received mail that matched no request, oldest first.")
            .ProducesErrors();
        inbox.MapPost("/{id:long}/assign", async (long id, AssignReplyInput body, UnmatchedReplies replies, CancellationToken ct) =>
                (await replies.Assign(id, body, ct)).ToHttp())
            .WithSummary("File an unmatched email under a request: it joins the correspondence and each question's journal. 409 if already filed.")
            .ProducesErrors();
    }
}
