using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Overview;

namespace RequestTracker.Web.Pages.Manage;

internal sealed class DashboardModel(Dashboard dashboard) : PageModel
{
    public DashboardView View { get; private set; } = null!;

    public async Task OnGet(CancellationToken ct) => View = await dashboard.Handle(ct);
}
