using Microsoft.AspNetCore.Mvc;
using RequestTracker.Handling;
using RequestTracker.Publishing;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>Publishing the request, and which of its attachments the public page withholds.</summary>
internal sealed partial class RequestDetailModel
{
    public async Task<IActionResult> OnPostPublish(int id, string? from, [FromServices] Publish publish, CancellationToken ct)
    {
        if (ConfirmStep.PlainDay(from) && !ConfirmStep.Given(this))
        {
            return await Ask(id, "Publish", () => localizer["Publish this request?"], string.IsNullOrWhiteSpace(from)
                ? localizer["Anyone will be able to read it at once, without signing in: the questions, the letters both ways (email addresses withheld) and every attachment you have not marked private. Search engines may copy it; unpublishing later removes the page but not those copies."]
                : localizer["From {0} anyone will be able to read it without signing in: the questions, the letters both ways (email addresses withheld) and every attachment you have not marked private.", from], localizer["Publish"], "#publishing", ct);
        }

        var outcome = await publish.Request(caller, id, new PublishInput(from), ct);
        var view = outcome.Value is [var first, ..] ? first : null;
        return await Done(id, outcome, view is null ? string.Empty : view.Embargoed ? localizer["Published from {0:d MMM yyyy HH:mm} UTC; until then its public page does not exist.", view.PublishedAt] : localizer["Published: its public page is live."], ct);
    }

    public async Task<IActionResult> OnPostUnpublish(int id, [FromServices] Publish publish, CancellationToken ct) =>
        await Done(id, await publish.Unpublish(caller, id, null, ct), localizer["Unpublished: its public page is gone."], ct);

    public async Task<IActionResult> OnPostPrivacy(int id, long attachmentId, bool makePrivate, [FromServices] AttachmentPrivacy privacy, CancellationToken ct) =>
        await Done(id, await privacy.Handle(caller, id, attachmentId, new PrivacyInput(makePrivate), ct),
            makePrivate ? localizer["The attachment is withheld from the public page."] : localizer["The attachment is released to the public page (if the request is published)."], ct);

    private Task<IActionResult> Done<T>(int id, Outcome<T> outcome, string notice, CancellationToken ct) =>
        PageOutcome.Answer(this, outcome, notice, $"/requests/{id}#publishing", () => Load(id, ct));
}
