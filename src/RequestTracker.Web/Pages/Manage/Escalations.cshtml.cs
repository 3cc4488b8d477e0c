using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Overview;

namespace RequestTracker.Web.Pages.Manage;

/// <summary>The ladder steps taken today (the dashboard's figure, counted by the same query), newest first.</summary>
internal sealed class EscalationsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(long Id, int RequestId, int QuestionId, DateTime At, string Event, string Note)> Entries { get; private set; } = [];

    public async Task OnGet(CancellationToken ct)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var rows = await Figures.RungsTaken(db, today).AsNoTracking()
            .OrderByDescending(j => j.Id).Take(500)
            .Select(j => new { j.Id, j.RequestId, j.QuestionId, j.At, j.Event, j.Note })
            .ToListAsync(ct);
        Entries = rows.Select(r => (r.Id, r.RequestId, r.QuestionId, r.At, r.Event, r.Note)).ToList();
    }
}
