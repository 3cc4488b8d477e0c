using Microsoft.AspNetCore.Http.HttpResults;
using RequestTracker.Access;
using RequestTracker.Correspondence;
using RequestTracker.Handling;
using System.Globalization;
using RequestTracker.Questions;
using RequestTracker.Requests;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class RequestApi
{
    public static void MapRequestApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Requests").RequireAuthorization(ApiPolicies.User);
        group.MapGet("/", async (string? status, string? authorityId, string? cursor, string? limit, CurrentUser user, ListRequests list, CancellationToken ct) =>
                (await list.Handle(user, new ListRequestsQuery(status, authorityId, cursor, limit), ct)).ToHttp())
            .WithSummary("List requests visible to the caller, newest first; pass nextCursor back as cursor for the next page (limit 1-100, default 20).")
            .ProducesErrors();
        group.MapGet("/{id:int}", async (int id, CurrentUser user, GetRequest get, CancellationToken ct) =>
                (await get.Handle(user, id, ct)).ToHttp())
            .WithSummary("Read a request with its questions.")
            .ProducesErrors();
        group.MapPost("/", async (RequestInput body, CurrentUser user, FileRequest file, CancellationToken ct) =>
                (await file.Handle(user, body, ct)).ToHttp(r => TypedResults.Created($"/api/requests/{r.Id}", r)))
            .WithSummary("File a request (a draft) with its questions.")
            .ProducesErrors();
        group.MapPut("/{id:int}", async (int id, RequestInput body, CurrentUser user, EditRequest edit, CancellationToken ct) =>
                (await edit.Handle(user, id, body, ct)).ToHttp())
            .WithSummary("Replace a draft's content and questions; 409 once the request is no longer a draft.")
            .ProducesErrors();
        group.MapPost("/{id:int}/send", async (int id, CurrentUser user, SendRequest send, CancellationToken ct) =>
                (await send.Handle(user, id, ct)).ToHttp())
            .WithSummary("Send a draft: starts one workflow per question (deadline, timers) and queues the request email; 409 unless a draft.")
            .ProducesErrors();
        group.MapPost("/{id:int}/withdraw", async (int id, WithdrawInput? body, CurrentUser user, WithdrawRequest withdraw, CancellationToken ct) =>
                (await withdraw.Handle(user, id, body ?? new WithdrawInput(null, false), ct)).ToHttp())
            .WithSummary("Withdraw a request, optionally with { reason, notifyAuthority }. A sent request's workflows end and its queued emails are cancelled in the same transaction; notifyAuthority queues a withdrawal notice. 409 if already withdrawn.")
            .ProducesErrors();
        group.MapPost("/{id:int}/transfer", async (int id, TransferInput body, CurrentUser user, TransferQuestions transfer, CancellationToken ct) =>
                (await transfer.Handle(user, id, body, ct)).ToHttp(r => TypedResults.Created($"/api/requests/{r.Id}", r)))
            .WithSummary("The authority passed questions to another body under the same law ({ questionIds (none: every open one), authorityId, transferredOn: \"YYYY-MM-DD\" (the notice's date; today if omitted), note }): they end here and go on as a new request to that body, returned (201), whose time runs as the law's transfer rule says; the body is told by letter. All in one transaction.")
            .ProducesErrors();
        group.MapPost("/{id:int}/sent", async Task<Results<Ok<RequestResponse>, ValidationProblem, ProblemHttpResult>> (int id, HttpRequest http, CurrentUser user, RecordSending record, GetRequest get, CancellationToken ct) =>
                {
                    var (form, refusal) = await FormBody.Read(http, ct);
                    if (form is null)
                    {
                        return refusal!;
                    }

                    var errors = new ValidationErrors();
                    var input = SendingForm.Input(form, string.Empty, errors);
                    var proof = SendingForm.Proof(form, errors);
                    if (!errors.IsEmpty)
                    {
                        return Outcome<RequestResponse>.Invalid(errors).ToHttp();
                    }

                    var outcome = await record.Handle(user, id, input, proof, ct);
                    return outcome.Kind == OutcomeKind.Ok ? (await get.Handle(user, id, ct)).ToHttp() : outcome.As<RequestResponse>().ToHttp();
                })
            .Accepts<RecordSendingInput>("multipart/form-data")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(SendingForm.MaxRequestBytes))
            .WithSummary("Record a draft as sent by the advocate themselves on an earlier day (multipart: channel email|post|hand, sentOn YYYY-MM-DD — the email's Date when the proof is one —, receivedOn YYYY-MM-DD — the day the authority got it: required for post, else the day sent —, proof: the sent email's .eml or a scan of the letter, its receipt or the stamped copy). Its questions' time runs from receivedOn; no email is sent; a ladder letter whose day has already passed waits for review. 409 unless a draft.")
            .ProducesErrors();
        group.MapGet("/{id:int}/sent/proof", async (int id, CurrentUser user, GetRequest get, CancellationToken ct) =>
                (await get.Proof(user, id, ct)).ToHttp(p => TypedResults.File(p.Content, "application/octet-stream", p.Name)))
            .WithSummary("The proof a request sent outside the app was recorded with (the .eml or the scan), as a download.")
            .ProducesErrors();
        group.MapGet("/{id:int}/journal/verify", async (int id, CurrentUser user, CheckRequestJournal check, CancellationToken ct) =>
                (await check.Handle(user, id, ct)).ToHttp())
            .WithSummary("Recompute the request's journal hash chain: { intact, entries, head } or the first entry that does not match (firstBreak: entryId, position, reason).")
            .ProducesErrors();
        group.MapGet("/{id:int}/dossier.zip", async (int id, CurrentUser user, RequestTracker.Dossiers.Dossier dossier, CancellationToken ct) =>
                await dossier.ForRequest(user, id, ct) is { } plan
                    ? Results.Stream(stream => dossier.Write(plan, stream, ct), "application/zip", $"dossier-{plan.Name}.zip")
                    : TypedResults.Problem(title: "Not found.", statusCode: StatusCodes.Status404NotFound))
            .WithSummary("The request's dossier, streamed: timeline.html, every email as its .eml, every attachment, the journal as JSON Lines with its hash chain, MANIFEST.sha256, VERIFY.txt and verify_journal.py.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesErrors();
        group.MapGet("/{id:int}/replies/{replyId:long}/suggestions", async (int id, long replyId, CurrentUser user, RequestTracker.Replies.Suggestions.SuggestForReply suggest, CancellationToken ct) =>
                (await suggest.Handle(user, id, replyId, ct)).ToHttp())
            .WithSummary(string.Create(CultureInfo.InvariantCulture, $"What a reply seems to do for each question (answered, partially-answered, refused, not-held, acknowledged — a request forwarded to another body too —, extension-announced, clarification-asked, or nothing), ranked, with the phrases that decided it, read with the rules of the reply's language (language: en or ru). preselected: sure enough for the form to choose it (confidence at least {RequestTracker.Replies.Suggestions.ReplySuggester.PreselectAt}); otherwise a hint. Nothing is recorded: confirm with classify."))
            .ProducesErrors();
        group.MapPost("/{id:int}/replies/{replyId:long}/classify", async (int id, long replyId, RequestTracker.Replies.Suggestions.ClassifyInput body, CurrentUser user, RequestTracker.Replies.Suggestions.ClassifyReply classify, CancellationToken ct) =>
                (await classify.Handle(user, id, replyId, body, ct)).ToHttp())
            .WithSummary("Record the reply's classification as confirmed: { questions: [{ questionId, action, note, documentReference, exemption, extension, letterDate, receivedOn }] } — each question its own action, all in one transaction or none; a question without an action is left as it is. The letter's dates default to the reply's (the date it bears, the day it arrived).")
            .ProducesErrors();
        group.MapPost("/{id:int}/publish", async (int id, RequestTracker.Publishing.PublishInput? body, CurrentUser user, RequestTracker.Publishing.Publish publish, CancellationToken ct) =>
                (await publish.Request(user, id, body ?? new RequestTracker.Publishing.PublishInput(null), ct)).ToHttp())
            .WithSummary("Publish the request: its read-only page at /public/requests/{id}, now or from { from: \"YYYY-MM-DD\" } (the start of that day where the authority is). Journaled; 409 for a draft or a withdrawn request.")
            .ProducesErrors();
        group.MapPost("/{id:int}/unpublish", async (int id, CurrentUser user, RequestTracker.Publishing.Publish publish, CancellationToken ct) =>
                (await publish.Unpublish(user, id, null, ct)).ToHttp())
            .WithSummary("Take the request's public page down at once (journaled); 409 if it is not published.")
            .ProducesErrors();
        group.MapPut("/{id:int}/attachments/{attachmentId:long}/private", async (int id, long attachmentId, RequestTracker.Publishing.PrivacyInput body, CurrentUser user, RequestTracker.Publishing.AttachmentPrivacy privacy, CancellationToken ct) =>
                (await privacy.Handle(user, id, attachmentId, body, ct)).ToHttp())
            .WithSummary("{ private: true } withholds a received attachment from the public page and feed of a published request; false releases it.")
            .ProducesErrors();
        app.MapGet("/api/journal/verify", async (Runtime.JournalVerify verify, CancellationToken ct) => TypedResults.Ok(await verify.Run(null, ct)))
            .WithTags("Requests").RequireAuthorization(ApiPolicies.Manager)
            .WithSummary("Managers: recompute every request's journal chain; the first entry that does not match, if any.");
        group.MapPost("/{id:int}/actions", async (int id, BatchActionInput body, CurrentUser user, ActOnQuestion act, CancellationToken ct) =>
                (await act.HandleMany(user, id, body, ct)).ToHttp())
            .WithSummary("Record one action on several questions of the request ({ questionIds, action, note, documentReference, exemption, extension, letterDate, receivedOn }): all in one transaction, or none — a refusal names the question.")
            .ProducesErrors();
    }
}
