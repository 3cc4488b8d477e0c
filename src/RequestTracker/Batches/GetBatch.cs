using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Questions;
using RequestTracker.Requests;

namespace RequestTracker.Batches;

internal static class BatchAccess
{
    /// <summary>A batch another advocate owns is not found (404), like their requests.</summary>
    public static IQueryable<Batch> VisibleTo(this IQueryable<Batch> batches, CurrentUser user) =>
        user.SeesAll ? batches : batches.Where(b => b.OwnerId == user.Id);
}

/// <summary>Reads a batch as its matrix in a fixed number of queries: the batch, its requests, and their questions' views.</summary>
internal sealed class GetBatch(AppDbContext db, GetQuestion questions, TimeProvider clock)
{
    public async Task<Outcome<BatchView>> Handle(CurrentUser user, int id, CancellationToken ct)
    {
        var batch = await db.Batches.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return Outcome<BatchView>.NotFound();
        }

        var requests = await db.Requests.AsNoTracking().VisibleTo(user).Where(r => r.BatchId == id)
            .OrderBy(r => r.Authority!.Name).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.AuthorityId, r.Authority!.Name, r.Authority.LawId, r.Authority.TimeZone, r.Status })
            .ToListAsync(ct);
        var views = await questions.OfRequests(user, requests.Select(r => r.Id).ToList(), ct);
        var byRequest = views.ToLookup(v => v.RequestId);
        var now = clock.GetUtcNow().UtcDateTime;
        var columns = requests.Select(r => new BatchColumn(
            r.Id, r.AuthorityId, r.Name, byRequest[r.Id].Select(v => v.LawId).FirstOrDefault(l => l is not null) ?? r.LawId,
            byRequest[r.Id].Select(v => v.Zone).FirstOrDefault(z => z is not null) ?? r.TimeZone, r.Status,
            RequestProgress.Of(r.Status, byRequest[r.Id].Where(v => v.StateCategory is not null).Select(v => (v.StateCategory!.Value, v.DueAt)), now))).ToList();
        var rows = BatchMatrix.Rows(views, columns.Select(c => c.RequestId).ToList()).Select(row =>
        {
            var cells = row.Cells.Select(v => v is null ? null
                : new BatchCell(v.Id, v.RequestId, v.State, v.StateLabel, v.StateCategory, v.Timeliness, v.DueAt, v.DueDate, v.PermittedActions)).ToList();
            var answered = columns.Zip(cells)
                .Where(p => p.Second?.StateCategory is StateCategory.Answered or StateCategory.Partial)
                .Select(p => new AnsweredAt(p.First.RequestId, p.First.AuthorityName, p.Second!.StateCategory == StateCategory.Partial)).ToList();
            return new BatchRow(row.Position, row.First.Category, row.First.Text, answered, cells);
        }).ToList();
        return Outcome<BatchView>.Ok(new BatchView(batch.Id, batch.OwnerId, batch.Title, batch.CreatedAt, columns, rows));
    }
}
