using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Data;

namespace RequestTracker.Web.Pages;

/// <summary>
/// Sign-out is a POST with an antiforgery token, so a link elsewhere cannot sign a user out. It changes the
/// account's security stamp, so a copy of the cookie (and every other session and token of the account)
/// stops working too, not only the cookie this browser deletes.
/// </summary>
internal sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    public IActionResult OnGet() => Redirect("/requests");

    public async Task<IActionResult> OnPost()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/login");
    }
}
