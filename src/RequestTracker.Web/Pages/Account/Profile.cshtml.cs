using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Access;
using RequestTracker.Handling;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages.Account;

/// <summary>The signed-in person's own details: the name and postal address their letters carry, a telephone, the language they read.</summary>
internal sealed class ProfileModel(CurrentUser caller, Profile profile, IStringLocalizer<ProfileModel> localizer) : PageModel
{
    [BindProperty]
    public ProfileInput Form { get; set; } = new(null, null, null, null);

    public string Email { get; private set; } = string.Empty;

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGet(CancellationToken ct)
    {
        // Put in words here, not when saved: a change of language shows the notice in the language just chosen.
        Notice = TempData["Saved"] is true ? localizer["Saved. Letters you send from now on carry these details."].Value : null;
        if (await profile.Get(caller, ct) is not { } current)
        {
            return NotFound();
        }

        Email = current.Email;
        Form = new ProfileInput(current.DisplayName, current.PostalAddress, current.Phone, current.Language);
        return Page();
    }

    public async Task<IActionResult> OnPost(CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await profile.Update(caller, Form, ct);
        if (outcome.Kind == OutcomeKind.Ok)
        {
            TempData["Saved"] = true;
            return Redirect("/account/profile");
        }

        Email = (await profile.Get(caller, ct))?.Email ?? string.Empty;
        FormErrors.Copy(outcome, ModelState, "Form");
        return Page();
    }
}
