using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Web.Pages.Manage;

/// <summary>The escalations fired today (the dashboard's figure), newest first.</summary>
internal sealed class EscalationsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(long Id, int RequestId, int QuestionId, DateTime At, string Event, string Note)> Entries { get; private set; } = [];

    public async Task OnGet(CancellationToken ct)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var rows = await db.Journal.AsNoTracking()
            .Where(j => (j.Event == "step-due" || j.Event == "escalated") && j.At >= today)
            .OrderByDescending(j => j.Id).Take(500)
            .Select(j => new { j.Id, j.RequestId, j.QuestionId, j.At, j.Event, j.Note })
            .ToListAsync(ct);
        Entries = rows.Select(r => (r.Id, r.RequestId, r.QuestionId, r.At, r.Event, r.Note)).ToList();
    }
}
