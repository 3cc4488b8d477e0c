using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Mail.Intake;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

internal sealed record AuthorityLateness(int AuthorityId, string Name, int Overdue, DateTime? OldestDue)
{
    /// <summary>The oldest deadline's last day, in the authority's questions' zone.</summary>
    public string? OldestDueDate { get; init; }

    public string? Zone { get; init; }
}

/// <summary>The managers' figures at one instant; the dashboard and the digest both show exactly these.</summary>
internal sealed record FiguresView(
    IReadOnlyDictionary<string, int> ByCategory,
    int Overdue,
    int DueSoon,
    IReadOnlyList<AuthorityLateness> OverdueByAuthority,
    int EscalationsToday,
    int EmailsFailed,
    int UnmatchedReplies,
    DateTime Now)
{
    public int Category(string category) => ByCategory.TryGetValue(category, out var n) ? n : 0;
}

/// <summary>
/// Counts every figure once, with the definitions of <see cref="Standing"/>: each is one aggregate over an
/// indexed column, never rows read into memory. An escalation is a ladder rung taken (one
/// <see cref="Triggers.StepDue"/> entry), whether its timer or a person started it.
/// </summary>
internal sealed class Figures(AppDbContext db, TimeProvider clock)
{
    public static IQueryable<JournalEntry> RungsTaken(AppDbContext db, DateTime since) =>
        db.Journal.Where(j => j.Event == Triggers.StepDue && j.At >= since);

    public async Task<FiguresView> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var workflows = db.Workflows.AsNoTracking();
        var byCategory = await workflows.GroupBy(w => w.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var late = workflows.Where(Standing.IsOverdue(now));
        var overdue = await late.CountAsync(ct);
        var dueSoon = await workflows.CountAsync(Standing.IsDueSoon(now), ct);
        var slowest = await (
            from w in late
            join r in db.Requests on w.RequestId equals r.Id
            group w by r.AuthorityId into g
            select new { AuthorityId = g.Key, Overdue = g.Count(), OldestDue = g.Min(w => w.DueAt), Zone = g.Max(w => w.Zone) })
            .OrderByDescending(a => a.Overdue).Take(10).ToListAsync(ct);
        var ids = slowest.Select(a => a.AuthorityId).ToList();
        var names = await db.Authorities.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var byAuthority = slowest.Select(a => new AuthorityLateness(a.AuthorityId, names[a.AuthorityId], a.Overdue, a.OldestDue)
        {
            OldestDueDate = LegalDay.Iso(a.OldestDue, a.Zone),
            Zone = a.Zone,
        }).ToList();
        var escalations = await RungsTaken(db, now.Date).CountAsync(ct);
        var failed = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Failed, ct);
        var unmatched = await db.Inbox.CountAsync(m => m.Status == InboundStatus.Unmatched, ct);
        return new FiguresView(byCategory, overdue, dueSoon, byAuthority, escalations, failed, unmatched, now);
    }
}
