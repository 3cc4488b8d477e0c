using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Users;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages;

/// <summary>
/// The language switch at the foot of every page: a cookie for everyone, and the profile too for a signed-in person,
/// so their choice follows them to another browser (their profile outranks the cookie). Back to the page it came from.
/// </summary>
internal sealed class LanguageModel(Profile profile) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPost(string? language, string? returnUrl, CancellationToken ct)
    {
        if (language is null || !UiCultures.Languages.Contains(language))
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        if (User.Identity?.IsAuthenticated == true)
        {
            // The one page that reads the caller itself: it is open to anonymous visitors, so it cannot be given one.
            await profile.SetLanguage(CurrentUser.From(User), language, ct);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
