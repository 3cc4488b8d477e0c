using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Overview;

/// <summary>
/// How an authority answers, as WhatDoTheyKnow shows for a public body. An outcome is the first answer,
/// partial answer, refusal or "not held" a question came to (a withdrawal is none); its day is when the
/// authority's reply arrived. Days are calendar days in the authority's zone from sending.
/// </summary>
internal sealed record AuthorityFiguresView(
    int AuthorityId,
    string Name,
    int RequestsSent,
    int QuestionsSent,
    int Outcomes,
    int Answered,
    int PartiallyAnswered,
    int Refused,
    int NotHeld,
    int OnTime,
    int Late,
    double? MedianDays,
    int? Percentile90Days,
    int OpenOverdue,
    DateTime CountedAt)
{
    /// <summary>Share of outcomes given within the deadline, 0–1; null before the first outcome.</summary>
    public double? OnTimeShare => Outcomes == 0 ? null : (double)OnTime / Outcomes;
}

/// <summary>
/// Each figure is one query on an index of the workflows table that starts with the authority, so the
/// cost follows the authority's own rows and the percentiles cost an index walk to their rank.
/// </summary>
internal sealed class AuthorityFigures(AppDbContext db, TimeProvider clock)
{
    public async Task<Outcome<AuthorityFiguresView>> Handle(int authorityId, CancellationToken ct)
    {
        var name = await db.Authorities.Where(a => a.Id == authorityId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return Outcome<AuthorityFiguresView>.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var mine = db.Workflows.AsNoTracking().Where(w => w.AuthorityId == authorityId);
        var requests = await mine.Select(w => w.RequestId).Distinct().CountAsync(ct);
        var questions = await mine.CountAsync(ct);
        var outcomes = await mine.Where(w => w.OutcomeKind != null)
            .GroupBy(w => new { w.OutcomeKind, w.OutcomeOnTime })
            .Select(g => new { g.Key.OutcomeKind, g.Key.OutcomeOnTime, Count = g.Count() })
            .ToListAsync(ct);
        var overdue = await mine.Where(Standing.IsOverdue(now)).CountAsync(ct);
        int Kind(string kind) => outcomes.Where(o => o.OutcomeKind == kind).Sum(o => o.Count);
        var total = outcomes.Sum(o => o.Count);

        // Median: the middle rank, or the mean of the two middle ranks; 90th percentile: the nearest rank.
        double? median = null;
        int? p90 = null;
        if (total > 0)
        {
            var low = await DaysAtRank(mine, (total + 1) / 2, ct);
            var high = total % 2 == 0 ? await DaysAtRank(mine, (total / 2) + 1, ct) : low;
            median = (low + high) / 2.0;
            p90 = await DaysAtRank(mine, (int)Math.Ceiling(total * 0.9), ct);
        }

        return Outcome<AuthorityFiguresView>.Ok(new AuthorityFiguresView(
            authorityId, name, requests, questions, total,
            Kind(Triggers.Answered), Kind(Triggers.PartiallyAnswered), Kind(Triggers.Refused), Kind(Triggers.NotHeld),
            outcomes.Where(o => o.OutcomeOnTime == true).Sum(o => o.Count), outcomes.Where(o => o.OutcomeOnTime == false).Sum(o => o.Count),
            median, p90, overdue, now));
    }

    /// <summary>The days of the outcome at a 1-based rank, by days ascending.</summary>
    private static async Task<int> DaysAtRank(IQueryable<WorkflowInstance> mine, int rank, CancellationToken ct) =>
        await mine.Where(w => w.OutcomeDays != null).OrderBy(w => w.OutcomeDays).Skip(rank - 1).Select(w => w.OutcomeDays!.Value).FirstAsync(ct);
}
