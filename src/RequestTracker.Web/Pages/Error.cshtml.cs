using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RequestTracker.Web.Pages;

/// <summary>
/// The page a browser sees for an error status (pages only; the API answers problem+json). Reached by
/// re-execution, so the address bar keeps the URL that failed and the status stays the original one.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public IActionResult OnGet(int status) => Show(status);

    // A failed POST (a form) is re-executed as a POST too.
    public IActionResult OnPost(int status) => Show(status);

    private PageResult Show(int status)
    {
        Response.StatusCode = status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;
        (Title, Explanation) = Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => ("The form could not be read", "The page may have been open too long, or the form was sent twice. Go back, reload the page and try again."),
            StatusCodes.Status403Forbidden => ("You do not have access to this page", "This page is for managers and admins. Ask an admin if you need it."),
            StatusCodes.Status404NotFound => ("Not found", "There is no such page or record, or it is not one of yours."),
            StatusCodes.Status429TooManyRequests => ("Too many attempts", "Wait a little and try again."),
            >= 500 => ("Something went wrong", "The error was logged. Nothing was half-saved: what you did either happened in full or not at all. Try again in a moment."),
            _ => ("The request could not be completed", $"The server answered {Response.StatusCode}."),
        };
        return Page();
    }
}
