using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Overview;

/// <summary>One ladder step taken: which question, when, and the journal's note.</summary>
internal sealed record EscalationEntry(long Id, int RequestId, int QuestionId, DateTime At, string Event, string Note);

/// <summary>The ladder steps taken today, newest first: the dashboard's figure, listed by the same query.</summary>
internal sealed class EscalationsToday(AppDbContext db, TimeProvider clock)
{
    /// <summary>A page's worth: a day of more steps than this is a day for the lists' filters, not this page.</summary>
    public const int Listed = 500;

    public async Task<IReadOnlyList<EscalationEntry>> Handle(CancellationToken ct) =>
        await Figures.RungsTaken(db, clock.GetUtcNow().UtcDateTime.Date).AsNoTracking()
            .OrderByDescending(j => j.Id).Take(Listed)
            .Select(j => new EscalationEntry(j.Id, j.RequestId, j.QuestionId, j.At, j.Event, j.Note))
            .ToListAsync(ct);
}
