using Microsoft.AspNetCore.Mvc;
using RequestTracker.Correspondence;
using RequestTracker.Dossiers;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>The files the page serves: stored emails, attachments, the draft's preview frame and the dossier.</summary>
internal sealed partial class RequestDetailModel
{
    /// <summary>The stored email, for download with the page's cookie sign-in (the API takes bearer tokens).</summary>
    public async Task<IActionResult> OnGetEml(int id, string direction, long emailId, [FromServices] ReadCorrespondence readCorrespondence, CancellationToken ct)
    {
        var raw = await readCorrespondence.Raw(caller, id, direction, emailId, ct);
        return raw.Value is null ? NotFound() : File(raw.Value, "message/rfc822", $"RT-{id}-{direction}-{emailId}.eml");
    }

    /// <summary>The draft email's HTML alone, for the preview frame, under its own content policy.</summary>
    public async Task<IActionResult> OnGetPreviewHtml(int id, [FromServices] PreviewRequestEmail preview, CancellationToken ct)
    {
        var previewed = (await preview.Handle(caller, id, ct)).Value;
        if (previewed is null)
        {
            return NotFound();
        }

        SecurityHeaders.ServeAsEmailPreview(HttpContext);
        return Content(previewed.Html, "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnGetAttachment(int id, long attachmentId, [FromServices] ReadCorrespondence readCorrespondence, CancellationToken ct)
    {
        var attachment = (await readCorrespondence.Attachment(caller, id, attachmentId, ct)).Value;
        return attachment is null ? NotFound() : File(attachment.Content, "application/octet-stream", attachment.StoredName);
    }

    /// <summary>The proof a request sent outside the app was recorded with, always as a download under its name.</summary>
    public async Task<IActionResult> OnGetSendingProof(int id, [FromServices] RequestTracker.Requests.GetRequest get, CancellationToken ct) =>
        (await get.Proof(caller, id, ct)).Value is { } proof ? File(proof.Content, "application/octet-stream", proof.Name) : NotFound();

    /// <summary>The dossier (ZIP), streamed as it is built; the same as the API's <c>dossier.zip</c>, for a signed-in browser.</summary>
    public async Task<IActionResult> OnGetDossier(int id, [FromServices] Dossier dossier, CancellationToken ct)
    {
        if (await dossier.ForRequest(caller, id, ct) is not { } plan)
        {
            return NotFound();
        }

        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=dossier-{plan.Name}.zip";
        await dossier.Write(plan, Response.Body, ct);
        return new EmptyResult();
    }
}
