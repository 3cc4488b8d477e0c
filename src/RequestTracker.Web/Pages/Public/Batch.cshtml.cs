using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Publishing;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages.Public;

/// <summary>A batch's published requests as a matrix: questions down, authorities across; 404 while none is public.</summary>
internal sealed class PublicBatchModel(PublicBatch batches, AppUrl url) : PageModel
{
    public PublicBatchView Batch { get; private set; } = null!;

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        if (await batches.Read(id, ct) is not { } batch)
        {
            return NotFound();
        }

        Batch = batch;
        PublicPage.Canonical(this, url, $"/public/batches/{id}");
        return Page();
    }
}
