using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Users;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages;

internal sealed class LoginModel(SignInManager<AppUser> signIn, SignInAttempts attempts) : PageModel
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

        var attempt = await attempts.Try(HttpContext, Email, Password);
        if (attempt.Wait is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, SignInThrottle.Message(wait));
            return Page();
        }

        if (attempt.User is not { } user)
        {
            ModelState.AddModelError(string.Empty, PasswordCheck.Refusal);
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);

        // Only local return URLs: an open redirect after sign-in is a phishing tool. Managers start on the dashboard.
        if (Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }

        var manages = await signIn.UserManager.IsInRoleAsync(user, Roles.Manager) || await signIn.UserManager.IsInRoleAsync(user, Roles.Admin);
        return LocalRedirect(manages ? "/dashboard" : "/requests");
    }
}
