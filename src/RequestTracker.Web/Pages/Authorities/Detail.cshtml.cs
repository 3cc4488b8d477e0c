using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Definitions;
using RequestTracker.Overview;

namespace RequestTracker.Web.Pages.Authorities;

/// <summary>One authority: its details and how it answers.</summary>
internal sealed class AuthorityDetailModel(CurrentUser caller, ReadAuthorities read, AuthorityFigures figures, WorkflowCatalog catalog) : PageModel
{
    public AuthorityResponse Authority { get; private set; } = null!;

    public AuthorityFiguresView Figures { get; private set; } = null!;

    public string LawName => LawSummary.Name(catalog, Authority.LawId);

    public bool CanEdit => caller.CanManageAuthorities;

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        var authority = (await read.Get(id, ct)).Value;
        var counted = (await figures.Handle(id, ct)).Value;
        if (authority is null || counted is null)
        {
            return NotFound();
        }

        (Authority, Figures) = (authority, counted);
        return Page();
    }
}
