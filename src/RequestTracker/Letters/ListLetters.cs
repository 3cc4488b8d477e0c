using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Letters;

/// <summary>A waiting letter in a list: which request, what, to whom, why it waits.</summary>
internal sealed record WaitingLetter(long Id, int RequestId, string RequestTitle, string AuthorityName, string Kind, string Status, string? StepId, DateTime CreatedAt)
{
    /// <summary>The ladder step's name as its law file gives it ("Complaint to the higher body"); null for a letter of the advocate's own.</summary>
    public string? StepName { get; init; }
}

/// <summary>How many letters wait for someone, by why they wait.</summary>
internal sealed record WaitingCounts(int ToReview, int NeedContact, int ToFile);

/// <summary>
/// The letters that wait for a person — to review and send, to file, or for a contact address — across the requests the
/// user may see (an advocate their own; managers every one), newest first. Read through the (Status, Id) index.
/// </summary>
internal sealed class ListLetters(AppDbContext db, Definitions.WorkflowCatalog catalog)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<WaitingLetter>> Waiting(CurrentUser user, CancellationToken ct)
    {
        var rows = await (from l in db.Letters.AsNoTracking()
                          where l.Status == LetterStatus.Draft || l.Status == LetterStatus.NeedsContact
                          join r in db.Requests.VisibleTo(user) on l.RequestId equals r.Id
                          orderby l.Id descending
                          select new { Letter = new WaitingLetter(l.Id, r.Id, r.Title, r.Authority!.Name, l.Kind.ToString(), l.Status.ToString(), l.StepId, l.CreatedAt), r.Authority.LawId })
            .Take(Limit).ToListAsync(ct);
        // The step's name from the law file its authority answers under (a step renamed since keeps its id as the fallback).
        return rows.Select(row => row.Letter with
        {
            StepName = row.Letter.StepId is { } step && catalog.Laws.TryGetValue(row.LawId, out var law) ? law.Ladder.FirstOrDefault(s => s.Id == step)?.Name ?? step : null,
        }).ToList();
    }

    public async Task<WaitingCounts> Counts(CancellationToken ct)
    {
        var counts = await db.Letters.AsNoTracking()
            .Where(l => l.Status == LetterStatus.Draft || l.Status == LetterStatus.NeedsContact)
            .GroupBy(l => new { l.Status, l.Kind })
            .Select(g => new { g.Key.Status, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        return new WaitingCounts(
            counts.Where(c => c.Status == LetterStatus.Draft && c.Kind == Definitions.Laws.StepKind.Letter).Sum(c => c.Count),
            counts.Where(c => c.Status == LetterStatus.NeedsContact).Sum(c => c.Count),
            counts.Where(c => c.Status == LetterStatus.Draft && c.Kind == Definitions.Laws.StepKind.Filing).Sum(c => c.Count));
    }
}
