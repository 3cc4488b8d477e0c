using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Replies;
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
    IReadOnlyDictionary<StateCategory, int> ByCategory,
    int Overdue,
    int DueSoon,
    IReadOnlyList<AuthorityLateness> OverdueByAuthority,
    int EscalationsToday,
    int EmailsFailed,
    int UnmatchedReplies,
    DateTime Now)
{
    public int Category(StateCategory category) => ByCategory.TryGetValue(category, out var n) ? n : 0;
}

/// <summary>
/// Counts every figure once, with the definitions of <see cref="Standing"/>, at a cost that does not grow
/// with history: categories come from the maintained counts (<see cref="CategoryCounter"/>); "open past its
/// last day" and "due soon" are ranges of the (Category, DueAt) index holding only live deadlines; each
/// listed authority's oldest late deadline is one seek on (AuthorityId, Category, DueAt). An escalation is a
/// ladder rung taken (one <see cref="Triggers.StepDue"/> entry), whether its timer or a person started it.
/// </summary>
internal sealed class Figures(AppDbContext db, CategoryCounter counter, TimeProvider clock)
{
    private const int AuthoritiesListed = 10;

    public static IQueryable<JournalEntry> RungsTaken(AppDbContext db, DateTime since) =>
        db.Journal.Where(j => j.Event == Triggers.StepDue && j.At >= since);

    public async Task<FiguresView> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var workflows = db.Workflows.AsNoTracking();
        var counts = await counter.Read(ct);
        var byCategory = counts.GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        // Overdue = escalated (counted) + open past the end of its last day (a range: only until its timer fires).
        var openLate = await workflows.Where(w => w.Category == StateCategory.Open && w.DueAt <= now)
            .GroupBy(w => w.AuthorityId).Select(g => new { AuthorityId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var lateByAuthority = counts.Where(c => c.Category == StateCategory.Escalated).Select(c => (c.AuthorityId, c.Count))
            .Concat(openLate.Select(o => (o.AuthorityId, o.Count)))
            .GroupBy(a => a.AuthorityId).Select(g => (AuthorityId: g.Key, Count: g.Sum(a => a.Count)))
            .ToList();
        var overdue = lateByAuthority.Sum(a => a.Count);
        var dueSoon = await workflows.CountAsync(Standing.IsDueSoon(now), ct);
        var slowest = lateByAuthority.OrderByDescending(a => a.Count).ThenBy(a => a.AuthorityId).Take(AuthoritiesListed).ToList();
        var ids = slowest.Select(a => a.AuthorityId).ToList();
        var names = await db.Authorities.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var byAuthority = new List<AuthorityLateness>();
        foreach (var (authorityId, count) in slowest)
        {
            var oldest = await OldestLate(authorityId, now, ct);
            byAuthority.Add(new AuthorityLateness(authorityId, names[authorityId], count, oldest?.DueAt)
            {
                OldestDueDate = Deadline.Format.Iso(oldest?.DueOn),
                Zone = oldest?.Zone,
            });
        }

        var escalations = await RungsTaken(db, now.Date).CountAsync(ct);
        var failed = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Failed, ct);
        var unmatched = await db.Inbox.CountAsync(m => m.Status == InboundStatus.Unmatched, ct);
        return new FiguresView(byCategory, overdue, dueSoon, byAuthority, escalations, failed, unmatched, now);
    }

    /// <summary>The authority's oldest overdue deadline with its zone: two seeks, the escalated and the open.</summary>
    private async Task<(DateTime? DueAt, DateOnly? DueOn, string Zone)?> OldestLate(int authorityId, DateTime now, CancellationToken ct)
    {
        var late = db.Workflows.AsNoTracking().Where(w => w.AuthorityId == authorityId);
        var escalated = await late.Where(w => w.Category == StateCategory.Escalated && w.DueAt != null)
            .OrderBy(w => w.DueAt).Select(w => new { w.DueAt, w.DueOn, w.Zone }).FirstOrDefaultAsync(ct);
        var open = await late.Where(w => w.Category == StateCategory.Open && w.DueAt <= now)
            .OrderBy(w => w.DueAt).Select(w => new { w.DueAt, w.DueOn, w.Zone }).FirstOrDefaultAsync(ct);
        var oldest = new[] { escalated, open }.Where(o => o is not null).MinBy(o => o!.DueAt);
        return oldest is null ? null : (oldest.DueAt, oldest.DueOn, oldest.Zone);
    }
}
