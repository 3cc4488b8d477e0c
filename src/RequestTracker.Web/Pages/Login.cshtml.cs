using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages;

internal sealed class LoginModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    [Required]
    [EmailAddress]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPost()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.IsLockedOut
                ? "Too many failed attempts; the account is locked for a few minutes."
                : "The email or password is wrong.");
            return Page();
        }

        // Only local return URLs: an open redirect after sign-in is a phishing tool.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/requests");
    }
}
