using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages;

/// <summary>Sign-out is a POST with an antiforgery token, so a link elsewhere cannot sign a user out.</summary>
internal sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/requests");

    public async Task<IActionResult> OnPost()
    {
        await signIn.SignOutAsync();
        return Redirect("/login");
    }
}
