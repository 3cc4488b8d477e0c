using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Users;

namespace RequestTracker.Web.Pages.Account;

/// <summary>Where a password link lands: the token is checked when the new password is submitted, and works once.</summary>
internal sealed class ResetModel(PasswordReset reset) : PageModel
{
    [BindProperty(Name = "user", SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Done { get; private set; }

    public bool LinkUnusable { get; private set; }

    public void OnGet() => LinkUnusable = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token);

    public async Task<IActionResult> OnPost()
    {
        var result = await reset.Complete(new CompletePasswordReset(UserId, Token, Password));
        if (result.Succeeded)
        {
            Done = true;
            return Page();
        }

        LinkUnusable = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(nameof(Password), FormErrors.Text(error.Description));
        }

        return Page();
    }
}
