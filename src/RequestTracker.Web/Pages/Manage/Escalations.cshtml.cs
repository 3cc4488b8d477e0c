using Microsoft.AspNetCore.Mvc.RazorPages;
using RequestTracker.Overview;

namespace RequestTracker.Web.Pages.Manage;

/// <summary>The ladder steps taken today (the dashboard's figure, counted by the same query), newest first.</summary>
internal sealed class EscalationsModel(EscalationsToday escalations) : PageModel
{
    public IReadOnlyList<EscalationEntry> Entries { get; private set; } = [];

    public async Task OnGet(CancellationToken ct) => Entries = await escalations.Handle(ct);
}
