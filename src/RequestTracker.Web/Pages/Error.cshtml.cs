using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace RequestTracker.Web.Pages;

/// <summary>
/// The page a browser sees for an error status (pages only; the API answers problem+json). Reached by
/// re-execution, so the address bar keeps the URL that failed and the status stays the original one.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel(IStringLocalizer<ErrorModel> localizer) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public IActionResult OnGet() => Show();

    // A failed POST (a form) is re-executed as a POST too. The status is read from the route, never bound: binding would
    // read the form again, and the form that could not be read the first time made this a 404 ("status" 0).
    public IActionResult OnPost() => Show();

    private PageResult Show()
    {
        var status = int.TryParse(RouteData.Values["status"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;
        Response.StatusCode = status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;
        (Title, Explanation) = Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => (localizer["The form could not be read"].Value, localizer["The page may have been open too long, or the form was sent twice. Go back, reload the page and try again."].Value),
            StatusCodes.Status403Forbidden => (localizer["You do not have access to this page"].Value, localizer["This page is for managers and admins. Ask an admin if you need it."].Value),
            StatusCodes.Status404NotFound => (localizer["Not found"].Value, localizer["There is no such page or record, or it is not one of yours."].Value),
            StatusCodes.Status429TooManyRequests => (localizer["Too many attempts"].Value, localizer["Wait a little and try again."].Value),
            >= 500 => (localizer["Something went wrong"].Value, localizer["The error was logged. Nothing was half-saved: what you did either happened in full or not at all. Try again in a moment."].Value),
            _ => (localizer["The request could not be completed"].Value, localizer["The server answered {0}.", Response.StatusCode].Value),
        };
        return Page();
    }
}
