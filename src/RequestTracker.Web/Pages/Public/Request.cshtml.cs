using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Publishing;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages.Public;

/// <summary>A published request, read-only and without sign-in; 404 unless published, its day come, and still sent.</summary>
internal sealed class PublicRequestModel(PublicReads reads, RequestTracker.Overview.AuthorityFigures figures, AppUrl url) : PageModel
{
    public PublicRequestView Item { get; private set; } = null!;

    public RequestTracker.Overview.AuthorityFiguresView? Figures { get; private set; }

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        if (await reads.Read(id, ct) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        Figures = (await figures.Handle(item.AuthorityId, ct)).Value;
        PublicPage.Canonical(this, url, $"/public/requests/{id}", $"/public/authorities/{item.AuthorityId}/feed.atom");
        return Page();
    }
}
