using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Handling;
using RequestTracker.Correspondence;

namespace RequestTracker.Web.Pages.Manage;

internal sealed class InboxModel(UnmatchedReplies replies, IStringLocalizer<InboxModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public UnmatchedPage? Results { get; private set; }

    /// <summary>The email whose assignment failed, its message, and what was typed.</summary>
    public (long Id, string Message, string? Typed)? Failure { get; private set; }

    public async Task OnGet(CancellationToken ct) => Results = (await replies.List(Cursor, null, ct)).Value;

    public async Task<IActionResult> OnPostAssign(long emailId, string? requestId, CancellationToken ct)
    {
        int? id = int.TryParse(requestId, out var parsed) ? parsed : null;
        var outcome = await replies.Assign(emailId, new AssignReplyInput(id), ct);
        if (outcome.Kind == OutcomeKind.Ok)
        {
            return Redirect($"/requests/{id}");
        }

        Failure = (emailId, outcome.Kind == OutcomeKind.Invalid ? FormErrors.Sentences(outcome) : FormErrors.Detail(outcome) ?? localizer["Not found."].Value, requestId);
        await OnGet(ct);
        return Page();
    }
}
