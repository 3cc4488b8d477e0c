using RequestTracker.Access;
using RequestTracker.Letters;
using RequestTracker.Users;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class LetterApi
{
    public static void MapLetterApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests/{id:int}/letters").WithTags("Letters").RequireAuthorization(ApiPolicies.User);
        group.MapGet("/", async (int id, CurrentUser user, ReviewLetter review, CancellationToken ct) =>
                TypedResults.Ok(await review.OfRequest(user, id, ct)))
            .WithSummary("The request's letters that wait for the advocate or were decided: complaints and appeals drafted for review, filings, letters waiting for a contact, letters the advocate wrote.");
        group.MapPost("/", async (int id, WriteLetterInput body, CurrentUser user, WriteLetter write, ReviewLetter review, CancellationToken ct) =>
                (await write.Draft(user, id, body, ct)).ToHttp(letterId => TypedResults.Created($"/api/requests/{id}/letters/{letterId}", new { id = letterId })))
            .WithSummary("Write to the authority in your own words: { purpose: followUp | clarificationAnswer, text, inReplyTo? } (the authority's message it answers). The words go into the law's frame in the request's language and wait as a draft; nothing is sent until POST .../send.")
            .ProducesErrors();
        group.MapGet("/{letterId:long}", async (int id, long letterId, CurrentUser user, ReviewLetter review, CancellationToken ct) =>
                (await review.Get(user, id, letterId, ct)).ToHttp())
            .WithSummary("One letter: to whom (or whose contact is missing), its text as drafted and as it stands.")
            .ProducesErrors();
        group.MapPut("/{letterId:long}", async (int id, long letterId, LetterEditInput body, CurrentUser user, ReviewLetter review, CancellationToken ct) =>
                (await review.Edit(user, id, letterId, body, ct)).ToHttp())
            .WithSummary("Change a waiting letter's subject and text (in the request's language); the drafted text is kept beside it.")
            .ProducesErrors();
        group.MapPost("/{letterId:long}/send", async (int id, long letterId, CurrentUser user, ReviewLetter review, CancellationToken ct) =>
                (await review.Send(user, id, letterId, ct)).ToHttp())
            .WithSummary("Send the letter as it stands: one email, threaded, journaled with both texts' hashes. 409 while its recipient has no contact, for a filing, or once sent.")
            .ProducesErrors();
        group.MapPost("/{letterId:long}/file", async (int id, long letterId, FileLetterInput body, CurrentUser user, ReviewLetter review, CancellationToken ct) =>
                (await review.File(user, id, letterId, body, ct)).ToHttp())
            .WithSummary("Record that a filing (a court claim) was filed: { filedOn: YYYY-MM-DD }. Nothing is sent to a court.")
            .ProducesErrors();
        group.MapPost("/{letterId:long}/discard", async (int id, long letterId, CurrentUser user, ReviewLetter review, CancellationToken ct) =>
                (await review.Discard(user, id, letterId, ct)).ToHttp())
            .WithSummary("Do not send the letter (journaled).")
            .ProducesErrors();
        group.MapGet("/{letterId:long}/document.docx", async (int id, long letterId, CurrentUser user, ReviewLetter review, CancellationToken ct) =>
                (await review.Document(user, id, letterId, ct)).ToHttp(d =>
                    TypedResults.File(d.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", d.Name)))
            .WithSummary("A filing as a Word document to check, sign and file.")
            .ProducesErrors();

        var profile = app.MapGroup("/api/profile").WithTags("Users").RequireAuthorization(ApiPolicies.User);
        profile.MapGet("/", async (CurrentUser user, Profile read, CancellationToken ct) =>
                await read.Get(user, ct) is { } found ? Results.Ok(found) : Results.NotFound())
            .WithSummary("Your own details: the name and postal address letters carry (a law may require them), your telephone, the language you read.");
        profile.MapPut("/", async (ProfileInput body, CurrentUser user, Profile update, CancellationToken ct) =>
                (await update.Update(user, body, ct)).ToHttp())
            .WithSummary("Change your own details: { displayName, postalAddress, phone, language: en | ru }.")
            .ProducesErrors();
    }
}
