using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Authorities;

namespace RequestTracker.Web.Pages.Authorities;

internal sealed class AuthoritiesIndexModel(ReadAuthorities read, RequestTracker.Definitions.WorkflowCatalog catalog) : PageModel
{
    public string LawName(string id) => LawSummary.Name(catalog, id);

    public IReadOnlyList<AuthorityResponse> Authorities { get; private set; } = [];

    public async Task OnGet(CancellationToken ct) => Authorities = await read.List(ct);
}
