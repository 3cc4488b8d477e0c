using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Batches;

/// <summary>
/// The batches the caller sees, newest first, keyset-paged on the id (the (OwnerId, Id) index for an advocate);
/// each with its counts, read for the page's batches only.
/// </summary>
internal sealed class ListBatches(AppDbContext db, TimeProvider clock)
{
    public async Task<Outcome<BatchPage>> Handle(CurrentUser user, string? cursor, string? limitText, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var limit = PageCursor.Limit(limitText, errors);
        var afterId = 0;
        if (!string.IsNullOrEmpty(cursor) && !PageCursor.TryDecode(cursor, out afterId))
        {
            errors.Add("cursor", $"The cursor is not one this API returned.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<BatchPage>.Invalid(errors);
        }

        var batches = db.Batches.AsNoTracking().VisibleTo(user);
        if (afterId > 0)
        {
            batches = batches.Where(b => b.Id < afterId);
        }

        var page = await batches.OrderByDescending(b => b.Id).Take(limit + 1).ToListAsync(ct);
        var ids = page.Take(limit).Select(b => b.Id).ToList();
        var requests = await db.Requests.AsNoTracking().Where(r => r.BatchId != null && ids.Contains(r.BatchId.Value))
            .Select(r => new { BatchId = r.BatchId!.Value, r.Status, Questions = r.Questions.Count }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var answered = await CountByBatch(ids, w => w.Category == StateCategory.Answered, ct);
        var overdue = await CountByBatch(ids, Standing.IsOverdue(now), ct);
        var items = page.Take(limit).Select(b =>
        {
            var own = requests.Where(r => r.BatchId == b.Id).ToList();
            return new BatchSummary(b.Id, b.OwnerId, b.Title, b.CreatedAt, own.Count, own.Sum(r => r.Questions),
                answered.GetValueOrDefault(b.Id), overdue.GetValueOrDefault(b.Id), own.Count(r => r.Status == RequestStatus.Draft));
        }).ToList();
        return Outcome<BatchPage>.Ok(new BatchPage(items, page.Count > limit ? PageCursor.Encode(page[limit - 1].Id) : null));
    }

    /// <summary>How many questions of each batch's sent requests match <paramref name="which"/>: one grouped query over the page's batches.</summary>
    private Task<Dictionary<int, int>> CountByBatch(List<int> batchIds, System.Linq.Expressions.Expression<Func<WorkflowInstance, bool>> which, CancellationToken ct) =>
        db.Workflows.AsNoTracking().Where(which)
            .Join(db.Requests.Where(r => r.BatchId != null && batchIds.Contains(r.BatchId.Value) && r.Status == RequestStatus.Sent), w => w.RequestId, r => r.Id, (w, r) => r.BatchId!.Value)
            .GroupBy(b => b)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
