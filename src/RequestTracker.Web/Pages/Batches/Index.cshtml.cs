using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Batches;

namespace RequestTracker.Web.Pages.Batches;

internal sealed class BatchesIndexModel(CurrentUser caller, ListBatches list) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public BatchPage? Results { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGet(CancellationToken ct)
    {
        var outcome = await list.Handle(caller, Cursor, null, ct);
        Results = outcome.Value;
        Errors = outcome.Errors;
    }
}
