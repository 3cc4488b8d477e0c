using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Handling;
using RequestTracker.Letters;

namespace RequestTracker.Web.Pages.Letters;

/// <summary>
/// One letter that waits for the advocate: read it, change it, send it (after a second click), or for a filing
/// download it as a Word document and record the day it was filed; or drop it. The drafted text stays beside it.
/// </summary>
internal sealed class ReviewModel(CurrentUser caller, ReviewLetter review, IStringLocalizer<ReviewModel> L) : PageModel
{
    public LetterView Letter { get; private set; } = null!;

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? FiledOn { get; set; }

    public string? Notice { get; private set; }

    public ConfirmStep? Confirm { get; private set; }

    public async Task<IActionResult> OnGet(int id, long letterId, CancellationToken ct)
    {
        Notice = TempData["Notice"] as string;
        if (!await Load(id, letterId, ct))
        {
            return NotFound();
        }

        (Subject, Text) = (Letter.Subject, Letter.Text);
        FiledOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostSave(int id, long letterId, CancellationToken ct) =>
        await Done(id, letterId, await review.Edit(caller, id, letterId, new LetterEditInput(Subject, Text), ct), L["Your changes are saved; nothing is sent yet."], ct);

    /// <summary>Saves what is in the form, then — after a second click — sends exactly that.</summary>
    public async Task<IActionResult> OnPostSend(int id, long letterId, CancellationToken ct)
    {
        var user = caller;
        var saved = await review.Edit(user, id, letterId, new LetterEditInput(Subject, Text), ct);
        if (saved.Kind != OutcomeKind.Ok || !ConfirmStep.Given(this))
        {
            if (saved.Kind == OutcomeKind.Ok)
            {
                ModelState.Clear();
                Letter = saved.Value!;
                Confirm = ConfirmStep.Ask(this, "Send", L["Send this letter to {0}?", Letter.RecipientName],
                    L["It goes out as shown, by email, and cannot be recalled; the journal keeps the drafted text and what you send."], L["Send now"], $"/requests/{id}/letters/{letterId}");
                return Page();
            }

            return await Done(id, letterId, saved, string.Empty, ct);
        }

        return await Done(id, letterId, await review.Send(user, id, letterId, ct), L["Sent: the letter is queued; its proof of sending appears in the correspondence."], ct);
    }

    public async Task<IActionResult> OnPostFile(int id, long letterId, CancellationToken ct) =>
        await Done(id, letterId, await review.File(caller, id, letterId, new FileLetterInput(FiledOn), ct), L["Recorded as filed."], ct);

    public async Task<IActionResult> OnPostDiscard(int id, long letterId, CancellationToken ct)
    {
        if (!ConfirmStep.Given(this))
        {
            if (!await Load(id, letterId, ct))
            {
                return NotFound();
            }

            Confirm = ConfirmStep.Ask(this, "Discard", L["Drop this letter without sending it?"], L["It will not be sent; the journal records that you dropped it."], L["Drop it"], $"/requests/{id}/letters/{letterId}");
            (Subject, Text) = (Letter.Subject, Letter.Text);
            return Page();
        }

        return await Done(id, letterId, await review.Discard(caller, id, letterId, ct), L["The letter is dropped; nothing was sent."], ct);
    }

    public async Task<IActionResult> OnGetDocument(int id, long letterId, CancellationToken ct)
    {
        var document = (await review.Document(caller, id, letterId, ct)).Value;
        return document.Content is null ? NotFound() : File(document.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.Name);
    }

    private async Task<IActionResult> Done(int id, long letterId, Outcome<LetterView> outcome, string notice, CancellationToken ct)
    {
        if (outcome.Kind == OutcomeKind.Ok)
        {
            TempData["Notice"] = notice;
            return Redirect($"/requests/{id}/letters/{letterId}");
        }

        if (outcome.Kind == OutcomeKind.NotFound || !await Load(id, letterId, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        FormErrors.Copy(outcome, ModelState, string.Empty);
        return Page();
    }

    private async Task<bool> Load(int id, long letterId, CancellationToken ct)
    {
        var outcome = await review.Get(caller, id, letterId, ct);
        Letter = outcome.Value!;
        return outcome.Kind == OutcomeKind.Ok;
    }
}
