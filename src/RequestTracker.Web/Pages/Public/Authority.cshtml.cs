using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Authorities;
using RequestTracker.Overview;
using RequestTracker.Publishing;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Pages.Public;

/// <summary>An authority's published requests and how it answers; 404 while nothing of it is published.</summary>
internal sealed class PublicAuthorityModel(PublicReads reads, ReadAuthorities authorities, AuthorityFigures figures, AppUrl url) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public AuthorityResponse Authority { get; private set; } = null!;

    public AuthorityFiguresView Figures { get; private set; } = null!;

    public PublicListPage Results { get; private set; } = null!;

    public async Task<IActionResult> OnGet(int id, CancellationToken ct)
    {
        var list = await reads.List(Cursor, id, null, ct);
        if (list.Value is not { } page || (page.Items.Count == 0 && Cursor is null)
            || (await authorities.Get(id, ct)).Value is not { } authority || (await figures.Handle(id, ct)).Value is not { } counted)
        {
            return NotFound();
        }

        // Only what the page shows, and that withheld like every public text: no contact address travels to the view.
        var shown = authority with
        {
            Name = PublicText.Redact(authority.Name),
            Jurisdiction = PublicText.Redact(authority.Jurisdiction),
            ContactEmail = string.Empty,
            EscalationContacts = [],
        };
        (Results, Authority, Figures) = (page, shown, counted);
        PublicPage.Canonical(this, url, $"/public/authorities/{id}", $"/public/authorities/{id}/feed.atom");
        return Page();
    }
}
