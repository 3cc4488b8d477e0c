namespace RequestTracker.Runtime;

/// <summary>
/// What the engine needs to know of the requests it runs: whom they are to and from, and which questions a send
/// starts. The Requests feature, which owns those tables, answers (its RequestSubjects), so the engine reads none of them.
/// </summary>
internal interface IWorkflowSubjects
{
    /// <summary>Several requests' subjects in one query, keyed by request.</summary>
    Task<Dictionary<int, WorkflowSubject>> Of(IReadOnlyCollection<int> requestIds, CancellationToken ct);

    /// <summary>The authority, its law and the questions, in order, of a request being sent.</summary>
    Task<RequestToStart> ToStart(int requestId, CancellationToken ct);
}

internal sealed record RequestToStart(int AuthorityId, string LawId, IReadOnlyList<int> QuestionIds);
