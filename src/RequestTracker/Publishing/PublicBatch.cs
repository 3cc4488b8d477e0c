using Microsoft.EntityFrameworkCore;
using RequestTracker.Batches;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Questions;
using RequestTracker.Requests;

namespace RequestTracker.Publishing;

/// <summary>One published request of a batch: the authority it went to and how it stands.</summary>
internal sealed record PublicBatchColumn(int RequestId, int AuthorityId, string AuthorityName, QuestionCounts Counts);

/// <summary>A question at one authority: its state, whether late, and its last day while it waits.</summary>
internal sealed record PublicBatchCell(int RequestId, int QuestionId, string? StateLabel, StateCategory? Category, string Timeliness, string? DueDate);

/// <summary>One question across the published requests; a cell is null where that request has no such question.</summary>
internal sealed record PublicBatchRow(int Position, string Text, IReadOnlyList<PublicBatchCell?> Cells);

/// <summary>A batch as the public sees it: its name and the matrix of its published requests (who answered what, who is late).</summary>
internal sealed record PublicBatchView(int Id, string Title, IReadOnlyList<PublicBatchColumn> Authorities, IReadOnlyList<PublicBatchRow> Questions);

/// <summary>
/// The public matrix of a batch, from its published requests only (<see cref="PublicReads.Visible"/>): a batch has a
/// handful of authorities, so it is read whole — one query for the publications, one for the requests, the question views.
/// </summary>
internal sealed class PublicBatch(AppDbContext db, PublicReads reads, GetQuestion questions, TimeProvider clock)
{
    /// <summary>The matrix; null while none of the batch's requests is public.</summary>
    public async Task<PublicBatchView?> Read(int id, CancellationToken ct)
    {
        var published = await reads.Visible().Where(p => p.BatchId == id).Select(p => p.RequestId).ToListAsync(ct);
        if (published.Count == 0)
        {
            return null;
        }

        var title = await db.Batches.AsNoTracking().Where(b => b.Id == id).Select(b => b.Title).SingleAsync(ct);
        var requests = await db.Requests.AsNoTracking().Where(r => published.Contains(r.Id)).OrderBy(r => r.Authority!.Name).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.AuthorityId, r.Authority!.Name, r.Status }).ToListAsync(ct);
        var views = (await questions.OfRequests(PublicReads.Reader, published, ct)).Select(PublicText.Question).ToList();
        var byRequest = views.ToLookup(v => v.RequestId);
        var now = clock.GetUtcNow().UtcDateTime;
        var columns = requests.Select(r => new PublicBatchColumn(r.Id, r.AuthorityId, PublicText.Redact(r.Name),
            QuestionCounts.Of(byRequest[r.Id].Where(v => v.StateCategory is not null).Select(v => (v.StateCategory!.Value, v.DueAt)), now))).ToList();
        var rows = BatchMatrix.Rows(views, columns.Select(c => c.RequestId).ToList()).Select(row => new PublicBatchRow(row.Position, row.First.Text,
            row.Cells.Select(v => v is null ? null : new PublicBatchCell(v.RequestId, v.Id, v.StateLabel, v.StateCategory, v.Timeliness, v.DueDate)).ToList())).ToList();
        return new PublicBatchView(id, PublicText.Redact(title), columns, rows);
    }
}
