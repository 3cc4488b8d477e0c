namespace RequestTracker.Runtime;

/// <summary>
/// What the engine needs to know of the requests it runs: whom they are to and from, and which questions a send
/// starts. The Requests feature, which owns those tables, answers (its RequestSubjects), so the engine reads none of them.
/// </summary>
internal interface IWorkflowSubjects
{
    /// <summary>Several requests' subjects in one query, keyed by request.</summary>
    Task<Dictionary<int, WorkflowSubject>> Of(IReadOnlyCollection<int> requestIds, CancellationToken ct);

    /// <summary>The questions, in order, of a request being sent: one workflow starts for each.</summary>
    Task<IReadOnlyList<int>> QuestionsOf(int requestId, CancellationToken ct);
}
