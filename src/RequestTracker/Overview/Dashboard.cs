using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Mail.Intake;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

internal sealed record AuthorityLateness(int AuthorityId, string Name, int Overdue, DateTime? OldestDue);

internal sealed record DashboardView(
    IReadOnlyDictionary<string, int> ByCategory,
    int Overdue,
    int DueThisWeek,
    IReadOnlyList<AuthorityLateness> OverdueByAuthority,
    int EscalationsToday,
    int EmailsFailed,
    int UnmatchedReplies,
    DateTime Now);

/// <summary>The managers' figures; each is one aggregate over an indexed column, never a scan of rows into memory.</summary>
internal sealed class Dashboard(AppDbContext db, TimeProvider clock)
{
    public async Task<DashboardView> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var week = now.AddDays(7);
        var today = now.Date;
        var workflows = db.Workflows.AsNoTracking();
        var byCategory = await workflows.GroupBy(w => w.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var late = workflows.Where(w => w.Category == "escalated" || ((w.Category == "open" || w.Category == "paused") && w.DueAt < now));
        var overdue = await late.CountAsync(ct);
        var dueThisWeek = await workflows.CountAsync(w => w.Category == "open" && w.DueAt >= now && w.DueAt < week, ct);
        var slowest = await (
            from w in late
            join r in db.Requests on w.RequestId equals r.Id
            group w by r.AuthorityId into g
            select new { AuthorityId = g.Key, Overdue = g.Count(), OldestDue = g.Min(w => w.DueAt) })
            .OrderByDescending(a => a.Overdue).Take(10).ToListAsync(ct);
        var ids = slowest.Select(a => a.AuthorityId).ToList();
        var names = await db.Authorities.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var byAuthority = slowest.Select(a => new AuthorityLateness(a.AuthorityId, names[a.AuthorityId], a.Overdue, a.OldestDue)).ToList();
        var escalations = await db.Journal.CountAsync(j => (j.Event == "step-due" || j.Event == "escalated") && j.At >= today, ct);
        var failed = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Failed, ct);
        var unmatched = await db.Inbox.CountAsync(m => m.Status == InboundStatus.Unmatched, ct);
        return new DashboardView(byCategory, overdue, dueThisWeek, byAuthority, escalations, failed, unmatched, now);
    }
}
