using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Handling;

namespace RequestTracker.Web.Pages;

/// <summary>What a page does with a form's outcome: on success say so and redirect (post, redirect, get); otherwise the page again with the errors where they belong, or a 404.</summary>
internal static class PageOutcome
{
    public static async Task<IActionResult> Answer<T>(PageModel page, Outcome<T> outcome, string notice, string then, Func<Task<bool>> reload)
    {
        if (outcome.Kind == OutcomeKind.Ok)
        {
            page.TempData["Notice"] = notice;
            return new RedirectResult(then);
        }

        if (outcome.Kind == OutcomeKind.NotFound || !await reload())
        {
            return new NotFoundResult();
        }

        FormErrors.Copy(outcome, page.ModelState, string.Empty);
        return new PageResult();
    }
}
