using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Users;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages;

internal sealed class LoginModel(SignInManager<AppUser> signIn, SignInAttempts attempts) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPost()
    {
        // The token endpoint's rule, not data annotations of its own (which let a NUL through to the database).
        var errors = new ValidationErrors();
        if (Credentials.Read(errors, Email, Password) is not (var email, var password))
        {
            FormErrors.Copy(Outcome<bool>.Invalid(errors), ModelState, string.Empty);
            return Page();
        }

        var attempt = await attempts.Try(HttpContext, email, password);
        if (attempt.Wait is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, FormErrors.Text(SignInThrottle.Message(wait)));
            return Page();
        }

        if (attempt.User is not { } user)
        {
            ModelState.AddModelError(string.Empty, FormErrors.Text(PasswordCheck.Refusal));
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
