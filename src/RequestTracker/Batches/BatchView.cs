using RequestTracker.Requests;

namespace RequestTracker.Batches;

/// <summary>One authority of the batch: its request, the law it answers under, and how the request stands.</summary>
internal sealed record BatchColumn(int RequestId, int AuthorityId, string AuthorityName, string LawId, string Zone, RequestStatus Status, string Progress);

/// <summary>One question at one authority: its state, its deadline as a last day in the authority's zone, and what may be done.</summary>
internal sealed record BatchCell(
    int QuestionId,
    int RequestId,
    string? State,
    string? StateLabel,
    Definitions.StateCategory? StateCategory,
    string Timeliness,
    DateTime? DueAt,
    string? DueDate,
    IReadOnlyList<Definitions.Trigger> PermittedActions);

/// <summary>Where the question was answered: the authority, and whether only in part.</summary>
internal sealed record AnsweredAt(int RequestId, string AuthorityName, bool Partly);

/// <summary>
/// The same question across the batch's authorities; <see cref="Cells"/> follows the columns, null where that
/// authority's request no longer has the question (its draft was edited on its own).
/// </summary>
internal sealed record BatchRow(int Position, QuestionCategory Category, string Text, IReadOnlyList<AnsweredAt> AnsweredBy, IReadOnlyList<BatchCell?> Cells);

/// <summary>A batch as its matrix: questions down, authorities across.</summary>
internal sealed record BatchView(int Id, string OwnerId, string Title, DateTime CreatedAt, IReadOnlyList<BatchColumn> Authorities, IReadOnlyList<BatchRow> Questions);

/// <summary>A row action's result: the batch as it now stands, the questions acted on and those left as they were (the action did not apply there).</summary>
internal sealed record RowActionResult(BatchView Batch, IReadOnlyList<int> Acted, IReadOnlyList<int> Skipped);

internal sealed record BatchSummary(int Id, string OwnerId, string Title, DateTime CreatedAt, int Authorities, int Questions, int Answered, int Overdue, int Drafts);

internal sealed record BatchPage(IReadOnlyList<BatchSummary> Items, string? NextCursor);
