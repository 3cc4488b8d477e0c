using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Questions;

/// <summary>The days a letter's dates of record are checked against, where each question's authority is.</summary>
internal static class LetterDays
{
    /// <summary>
    /// For each question with a workflow: today and the day its request was sent, both in the workflow's zone (the
    /// authority's when it was sent; the authority's now for a workflow from before the zone was kept). One query.
    /// </summary>
    public static async Task<Dictionary<int, (DateOnly Today, DateOnly SentOn)>> Of(AppDbContext db, TimeProvider clock, IReadOnlyCollection<int> questionIds, CancellationToken ct)
    {
        if (questionIds.Count == 0)
        {
            return [];
        }

        var rows = await db.Workflows.AsNoTracking().Where(w => questionIds.Contains(w.QuestionId))
            .Select(w => new { w.QuestionId, w.Zone, w.StartedAt, Authority = db.Set<Request>().Where(r => r.Id == w.RequestId).Select(r => r.Authority!.TimeZone).FirstOrDefault() })
            .ToListAsync(ct);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        return rows.ToDictionary(r => r.QuestionId, r =>
        {
            var zone = LocalDays.Zone(r.Zone.Length > 0 ? r.Zone : r.Authority);
            return (now.InZone(zone).Date.ToDateOnly(), LocalDays.Containing(r.StartedAt, zone));
        });
    }
}
