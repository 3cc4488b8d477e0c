using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Overview;

namespace RequestTracker.Web.Pages.Manage;

internal sealed class DashboardModel(Figures figures) : PageModel
{
    public FiguresView View { get; private set; } = null!;

    public async Task OnGet(CancellationToken ct) => View = await figures.Handle(ct);
}
