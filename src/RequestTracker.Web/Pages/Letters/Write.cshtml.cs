using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Handling;
using RequestTracker.Letters;
using RequestTracker.Requests;

namespace RequestTracker.Web.Pages.Letters;

/// <summary>
/// The advocate writes to the authority in their own words: a follow-up, or the clarification it asked for. The words
/// go into the law's frame in the request's language and wait as a letter to read and send on its own page.
/// </summary>
internal sealed class WriteModel(CurrentUser caller, WriteLetter write, GetRequest get, IStringLocalizer<WriteModel> L) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Purpose { get; set; } = "followUp";

    [BindProperty(SupportsGet = true)]
    public long? InReplyTo { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public RequestResponse Item { get; private set; } = null!;

    public async Task<IActionResult> OnGet(int id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPost(int id, CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await write.Draft(caller, id, new WriteLetterInput(Purpose, Text, InReplyTo), ct);
        if (outcome.Kind == OutcomeKind.Ok)
        {
            TempData["Notice"] = L["Here is your letter as the authority will read it. Nothing is sent until you send it."].Value;
            return Redirect($"/requests/{id}/letters/{outcome.Value}");
        }

        if (outcome.Kind == OutcomeKind.NotFound || !await Load(id, ct))
        {
            return NotFound();
        }

        FormErrors.Copy(outcome, ModelState, string.Empty);
        return Page();
    }

    private async Task<bool> Load(int id, CancellationToken ct)
    {
        var request = await get.Handle(caller, id, ct);
        Item = request.Value!;
        return request.Kind == OutcomeKind.Ok;
    }
}
