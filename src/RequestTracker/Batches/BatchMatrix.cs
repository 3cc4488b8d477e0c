using RequestTracker.Questions;

namespace RequestTracker.Batches;

/// <summary>One question of a batch across its requests: its position, its first view (its words), and each request's view or null.</summary>
internal sealed record MatrixRow(int Position, QuestionView First, IReadOnlyList<QuestionView?> Cells);

/// <summary>
/// A batch's questions down, its requests across: the shape both the advocate's matrix and the public one are built on,
/// so the two never disagree about which question sits where.
/// </summary>
internal static class BatchMatrix
{
    public static IReadOnlyList<MatrixRow> Rows(IEnumerable<QuestionView> views, IReadOnlyList<int> requestIds) =>
        views.GroupBy(v => v.Position).OrderBy(g => g.Key)
            .Select(g => new MatrixRow(g.Key, g.First(), requestIds.Select(id => g.FirstOrDefault(v => v.RequestId == id)).ToList()))
            .ToList();
}
