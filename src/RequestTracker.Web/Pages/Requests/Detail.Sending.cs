using Microsoft.AspNetCore.Mvc;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>Sending the request, and withdrawing it.</summary>
internal sealed partial class RequestDetailModel
{
    public async Task<IActionResult> OnPostSend(int id, [FromServices] SendRequest send, CancellationToken ct)
    {
        if (!ConfirmStep.Given(this))
        {
            return await Ask(id, "Send", () => localizer["Send this request to {0}?", Item.AuthorityName],
                localizer["The email goes out as previewed and cannot be recalled; each question's deadline starts to run. To change a word, edit the draft first."], localizer["Send now"], string.Empty, ct);
        }

        var outcome = await send.Handle(caller, id, ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind != OutcomeKind.Ok)
        {
            Notice = FormErrors.Detail(outcome) ?? localizer["The request could not be sent."];
            return await Load(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/requests/{id}");
    }

    public async Task<IActionResult> OnPostWithdraw(int id, string? reason, bool notifyAuthority, [FromServices] WithdrawRequest withdraw, CancellationToken ct)
    {
        if (!ConfirmStep.Given(this))
        {
            return await Ask(id, "Withdraw", () => localizer["Withdraw the whole request?"],
                notifyAuthority
                    ? localizer["Every question's workflow ends for good and every email not yet sent is cancelled; the authority is told by email."]
                    : localizer["Every question's workflow ends for good and every email not yet sent is cancelled; the authority is not told."],
                localizer["Withdraw the request"], "#withdraw-h", ct);
        }

        var outcome = await withdraw.Handle(caller, id, new WithdrawInput(reason, notifyAuthority), ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind != OutcomeKind.Ok)
        {
            Notice = FormErrors.Detail(outcome) ?? string.Empty;
            return await Load(id, ct) ? Page() : NotFound();
        }

        TempData["Notice"] = (notifyAuthority
            ? localizer["The request is withdrawn: its workflows have ended and nothing more will be sent about it but the withdrawal notice to the authority."]
            : localizer["The request is withdrawn: its workflows have ended and nothing more will be sent about it."]).Value;
        return Redirect($"/requests/{id}");
    }
}
