using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Authorities;

namespace RequestTracker.Web.Pages.Authorities;

internal sealed class AuthoritiesIndexModel(ReadAuthorities read) : PageModel
{
    public IReadOnlyList<AuthorityResponse> Authorities { get; private set; } = [];

    public async Task OnGet(CancellationToken ct) => Authorities = await read.List(ct);
}
