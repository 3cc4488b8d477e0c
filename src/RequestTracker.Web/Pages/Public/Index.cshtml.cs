using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Publishing;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages.Public;

/// <summary>Published requests, newest first, keyset-paged; with a search over published content only.</summary>
internal sealed class PublicIndexModel(PublicReads reads, RequestTracker.Search.PublicSearch search, TimeProvider clock, AppUrl url) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PublicListPage? Results { get; private set; }

    public IReadOnlyList<PublicHit>? Hits { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The batches with a public request (on the first page only): where a visitor finds the matrices.</summary>
    public IReadOnlyList<PublicBatchLink> Batches { get; private set; } = [];

    public async Task<IActionResult> OnGet(CancellationToken ct)
    {
        PublicPage.Canonical(this, url, "/public");
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var found = await search.Handle(Q, clock.GetUtcNow().UtcDateTime, ct);
            (Hits, Error) = (found.Value, found.Errors.Count > 0 ? string.Join(" ", found.Errors.SelectMany(e => e.Value)) : null);
            return Page();
        }

        var outcome = await reads.List(Cursor, null, null, ct);
        if (outcome.Value is null)
        {
            return NotFound();
        }

        Results = outcome.Value;
        Batches = Cursor is null ? await reads.Batches(10, ct) : [];
        return Page();
    }
}
