using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Handling;
using RequestTracker.Correspondence;

namespace RequestTracker.Web.Pages.Manage;

internal sealed class OutboxModel(CurrentUser caller, OutboxAdmin admin, IStringLocalizer<OutboxModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public OutboxPage? Results { get; private set; }

    public string? Message { get; private set; }

    /// <summary>An email's status in words (the view's own resources hold the tabs' "Queued", "Sent", "Failed").</summary>
    public string StatusName(string status) => status switch
    {
        "queued" => localizer["queued"].Value,
        "sent" => localizer["sent"].Value,
        "failed" => localizer["failed"].Value,
        _ => status,
    };

    public async Task OnGet(CancellationToken ct) => Results = (await admin.List(new OutboxQuery(Status, Cursor, null), ct)).Value;

    public async Task<IActionResult> OnPostRetry(long emailId, string? to, CancellationToken ct)
    {
        var outcome = await admin.Retry(caller, emailId, new RetryEmailInput(string.IsNullOrWhiteSpace(to) ? null : to), ct);
        if (outcome.Kind == OutcomeKind.Ok)
        {
            return Redirect($"/outbox?status={Status}");
        }

        Message = outcome.Kind == OutcomeKind.Invalid ? FormErrors.Sentences(outcome) : FormErrors.Detail(outcome) ?? localizer["Not found."].Value;
        await OnGet(ct);
        return Page();
    }
}
