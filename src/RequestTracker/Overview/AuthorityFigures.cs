using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
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
/// Read from maintained counts, so the cost does not grow with the authority's history: its tallies
/// (requests, and outcomes by kind, timeliness and days — a histogram the percentiles are taken from),
/// its category counts, and one index range for open questions already past their deadline.
/// </summary>
internal sealed class AuthorityFigures(AppDbContext db, TallyCounter tallies, CategoryCounter categories, TimeProvider clock)
{
    public async Task<Outcome<AuthorityFiguresView>> Handle(int authorityId, CancellationToken ct)
    {
        var name = await db.Authorities.Where(a => a.Id == authorityId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return Outcome<AuthorityFiguresView>.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var counts = (await categories.Read(ct)).Where(c => c.AuthorityId == authorityId).ToList();
        var tally = await tallies.Read(authorityId, ct);
        var pastDue = await db.Workflows.CountAsync(w => w.AuthorityId == authorityId && w.Category == StateCategory.Open && w.DueAt <= now, ct);
        var outcomes = tally.Where(t => t.Tally != AuthorityTally.Requests).Select(t => (Kind: t.Tally[..t.Tally.LastIndexOf(':')], OnTime: t.Tally.EndsWith(":on-time", StringComparison.Ordinal), t.Days, t.Count)).ToList();
        int Kind(string kind) => outcomes.Where(o => o.Kind == kind).Sum(o => o.Count);
        var total = outcomes.Sum(o => o.Count);
        var histogram = outcomes.GroupBy(o => o.Days).OrderBy(g => g.Key).Select(g => (Days: g.Key, Count: g.Sum(o => o.Count))).ToList();

        // Median: the middle rank, or the mean of the two middle ranks; 90th percentile: the nearest rank.
        double? median = total == 0 ? null : (DaysAtRank(histogram, (total + 1) / 2) + DaysAtRank(histogram, (total / 2) + 1)) / 2.0;
        int? p90 = total == 0 ? null : DaysAtRank(histogram, (int)Math.Ceiling(total * 0.9));
        return Outcome<AuthorityFiguresView>.Ok(new AuthorityFiguresView(
            authorityId, name, tally.Where(t => t.Tally == AuthorityTally.Requests).Sum(t => t.Count), counts.Sum(c => c.Count), total,
            Kind(Triggers.Answered), Kind(Triggers.PartiallyAnswered), Kind(Triggers.Refused), Kind(Triggers.NotHeld),
            outcomes.Where(o => o.OnTime).Sum(o => o.Count), outcomes.Where(o => !o.OnTime).Sum(o => o.Count),
            median, p90, counts.Where(c => c.Category == StateCategory.Escalated).Sum(c => c.Count) + pastDue, now));
    }

    /// <summary>The days at a 1-based rank of the outcomes ordered by days.</summary>
    private static int DaysAtRank(IReadOnlyList<(int Days, int Count)> histogram, int rank)
    {
        var seen = 0;
        foreach (var (days, count) in histogram)
        {
            seen += count;
            if (seen >= rank)
            {
                return days;
            }
        }

        return histogram[^1].Days;
    }
}
