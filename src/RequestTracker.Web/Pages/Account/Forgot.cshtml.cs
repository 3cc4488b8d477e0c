using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Users;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages.Account;

/// <summary>
/// Asks for a password link. Offered only when App:PublicUrl says where links point (see AppUrl); the
/// answer never says whether the address has an account.
/// </summary>
internal sealed class ForgotModel(PasswordReset reset, AppUrl url) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Offered => url.Configured is not null;

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPost(CancellationToken ct)
    {
        if (url.Configured is { } appUrl)
        {
            await reset.Forgot(Email, appUrl, ct);
            Sent = true;
        }

        return Page();
    }
}
