using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Overview;

namespace RequestTracker.Web.Pages.Manage;

internal sealed class DashboardModel(Figures figures, RequestTracker.Letters.ListLetters letters) : PageModel
{
    public FiguresView View { get; private set; } = null!;

    /// <summary>Letters that wait for a person: a ladder cannot move on while its complaint waits for review or a contact.</summary>
    public RequestTracker.Letters.WaitingCounts Letters { get; private set; } = new(0, 0, 0);

    public async Task OnGet(CancellationToken ct)
    {
        View = await figures.Handle(ct);
        Letters = await letters.Counts(ct);
    }
}
