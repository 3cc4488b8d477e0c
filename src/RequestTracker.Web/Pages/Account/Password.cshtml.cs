using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RequestTracker.Data;

namespace RequestTracker.Web.Pages.Account;

/// <summary>
/// Every user changes their own password, giving the current one. The change ends the account's other
/// sessions and tokens (a new security stamp); this browser is signed in again so it stays in.
/// </summary>
internal sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<PasswordModel> localizer) : PageModel
{
    [BindProperty]
    public string Current { get; set; } = string.Empty;

    [BindProperty]
    public string New { get; set; } = string.Empty;

    public bool Changed { get; private set; }

    public async Task<IActionResult> OnPost()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        // An empty field binds as null, which Identity does not take: say what is missing instead.
        if (string.IsNullOrEmpty(Current) || string.IsNullOrEmpty(New))
        {
            if (string.IsNullOrEmpty(Current))
            {
                ModelState.AddModelError(nameof(Current), localizer["Type your current password."].Value);
            }

            if (string.IsNullOrEmpty(New))
            {
                ModelState.AddModelError(nameof(New), localizer["Type the new password."].Value);
            }

            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var wrong = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch);
                ModelState.AddModelError(wrong ? nameof(Current) : nameof(New), wrong ? localizer["This is not your current password."].Value : FormErrors.Text(error.Description));
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Changed = true;
        ModelState.Clear();
        Current = New = string.Empty;
        return Page();
    }
}
