using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Publishing;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages.Public;

/// <summary>The published requests of one batch (the same questions to several authorities); 404 while none is public.</summary>
internal sealed class PublicBatchModel(PublicReads reads, AppUrl url) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public PublicListPage Results { get; private set; } = null!;

    public int Id { get; private set; }

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        var list = await reads.List(Cursor, null, id, ct);
        if (list.Value is not { } page || (page.Items.Count == 0 && Cursor is null))
        {
            return NotFound();
        }

        (Results, Id) = (page, id);
        PublicPage.Canonical(this, url, $"/public/batches/{id}");
        return Page();
    }
}
