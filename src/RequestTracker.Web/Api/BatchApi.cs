using RequestTracker.Access;
using RequestTracker.Batches;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class BatchApi
{
    public static void MapBatchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/batches").WithTags("Batches").RequireAuthorization(ApiPolicies.User);
        group.MapGet("/", async (string? cursor, string? limit, CurrentUser user, ListBatches list, CancellationToken ct) =>
                (await list.Handle(user, cursor, limit, ct)).ToHttp())
            .WithSummary("List batches visible to the caller, newest first, with their counts; pass nextCursor back as cursor (limit 1-100, default 20).")
            .ProducesErrors();
        group.MapGet("/{id:int}", async (int id, CurrentUser user, GetBatch get, CancellationToken ct) =>
                (await get.Handle(user, id, ct)).ToHttp())
            .WithSummary("Read a batch as its matrix: authorities (one request each), questions, and each question's state and deadline at each authority.")
            .ProducesErrors();
        group.MapGet("/{id:int}/dossier.zip", async (int id, CurrentUser user, RequestTracker.Dossiers.Dossier dossier, CancellationToken ct) =>
                await dossier.ForBatch(user, id, ct) is { } plan
                    ? Results.Stream(stream => dossier.Write(plan, stream, ct), "application/zip", $"dossier-{plan.Name}.zip")
                    : TypedResults.Problem(title: "Not found.", statusCode: StatusCodes.Status404NotFound))
            .WithSummary("The batch's dossier: every request of it as in a request's dossier (one folder each), one timeline, one manifest.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesErrors();
        group.MapPost("/{id:int}/publish", async (int id, RequestTracker.Publishing.PublishInput? body, CurrentUser user, RequestTracker.Publishing.Publish publish, CancellationToken ct) =>
                (await publish.Batch(user, id, body ?? new RequestTracker.Publishing.PublishInput(null), ct)).ToHttp())
            .WithSummary("Publish every sent request of the batch (and its page at /public/batches/{id}), now or from { from }; drafts and withdrawn requests stay private.")
            .ProducesErrors();
        group.MapPost("/{id:int}/unpublish", async (int id, CurrentUser user, RequestTracker.Publishing.Publish publish, CancellationToken ct) =>
                (await publish.Unpublish(user, null, id, ct)).ToHttp())
            .WithSummary("Take every public page of the batch down at once.")
            .ProducesErrors();
        group.MapPost("/", async (BatchInput body, CurrentUser user, FileBatch file, CancellationToken ct) =>
                (await file.Handle(user, body, ct)).ToHttp(b => TypedResults.Created($"/api/batches/{b.Id}", b)))
            .WithSummary("File one set of questions to several authorities ({ title, body, legalBasis, questions, authorities: [{ authorityId, legalBasis }] }): one draft request each, under its own law.")
            .ProducesErrors();
        group.MapPost("/{id:int}/send", async (int id, BatchSelection? body, CurrentUser user, SendBatch send, CancellationToken ct) =>
                (await send.Handle(user, id, body ?? new BatchSelection(null), ct)).ToHttp())
            .WithSummary("Send the batch's drafts, or those of { requestIds }, in one transaction: each starts its workflows under its authority's law and queues its letter.")
            .ProducesErrors();
        group.MapPost("/{id:int}/withdraw", async (int id, WithdrawBatchInput? body, CurrentUser user, WithdrawBatch withdraw, CancellationToken ct) =>
                (await withdraw.Handle(user, id, body ?? new WithdrawBatchInput(null, false, null), ct)).ToHttp())
            .WithSummary("Withdraw the batch's requests, or those of { requestIds }, each as withdrawing it alone ({ reason, notifyAuthority }).")
            .ProducesErrors();
        group.MapPost("/{id:int}/questions/{position:int}/actions", async (int id, int position, RowActionInput body, CurrentUser user, ActOnRow act, CancellationToken ct) =>
                (await act.Handle(user, id, position, body, ct)).ToHttp())
            .WithSummary("Record one action on question {position} across the batch ({ action, note, documentReference, exemption, extension, letterDate, receivedOn, requestIds }) in one transaction. Without requestIds it goes wherever the question can take it and reports the rest as skipped.")
            .ProducesErrors();
    }
}
