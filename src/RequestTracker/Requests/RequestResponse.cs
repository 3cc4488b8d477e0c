namespace RequestTracker.Requests;

internal sealed record QuestionResponse(int Id, int Position, QuestionCategory Category, string Text, string? State, Definitions.StateCategory? StateCategory, DateTime? DueAt);

/// <summary>A request linked by a transfer, its authority, and which questions (their positions in the request read) went to it.</summary>
internal sealed record TransferLink(int RequestId, string AuthorityName, IReadOnlyList<int> Positions);

/// <summary>How a request the advocate sent themselves went (email, post, hand), its days, its proof's name, and when it was recorded.</summary>
internal sealed record SendingView(string Channel, DateOnly SentOn, DateOnly ReceivedOn, string ProofName, DateTime RecordedAt);

internal sealed record RequestResponse(
    int Id,
    string OwnerId,
    int AuthorityId,
    string AuthorityName,
    string Title,
    string Body,
    string LegalBasis,
    RequestStatus Status,
    string Progress,
    IReadOnlyList<QuestionResponse> Questions,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? SentAt,
    DateTime? WithdrawnAt)
{
    /// <summary>The batch the request was filed in (the same questions to several authorities), if any.</summary>
    public int? BatchId { get; init; }

    /// <summary>The language its text is written in (and every letter about it).</summary>
    public string Language { get; init; } = "en";

    /// <summary>Complaints and appeals of its ladder go out without waiting for review.</summary>
    public bool AutoSend { get; init; }

    /// <summary>The request whose first body passed these questions on to this one's; null for one filed here.</summary>
    public TransferLink? TransferredFrom { get; init; }

    /// <summary>The day it was passed on (where this request's authority is), and whether later than its law allows.</summary>
    public DateOnly? TransferredOn { get; init; }

    public bool TransferLate { get; init; }

    /// <summary>The requests this one's questions were passed on in, each with the positions of the questions it took.</summary>
    public IReadOnlyList<TransferLink> TransferredTo { get; init; } = [];

    /// <summary>Sent by the advocate themselves and recorded afterwards, with its proof; null for one sent from here.</summary>
    public SendingView? SentBy { get; init; }

    /// <summary>Maps a request loaded with its authority and questions, and the workflows of its questions.</summary>
    public static RequestResponse From(Request r, IReadOnlyList<Runtime.WorkflowInstance> workflows, DateTime now) =>
        new(
            r.Id,
            r.OwnerId,
            r.AuthorityId,
            r.Authority?.Name ?? string.Empty,
            r.Title,
            r.Body,
            r.LegalBasis,
            r.Status,
            RequestProgress.Of(r.Status, workflows.Select(w => (w.Category, w.DueAt)), now),
            r.Questions.OrderBy(q => q.Position).Select(q =>
            {
                var w = workflows.FirstOrDefault(x => x.QuestionId == q.Id);
                return new QuestionResponse(q.Id, q.Position, q.Category, q.Text, w?.State, w?.Category, w?.DueAt);
            }).ToList(),
            r.CreatedAt,
            r.UpdatedAt,
            r.SentAt,
            r.WithdrawnAt)
        {
            BatchId = r.BatchId,
            Language = r.Language,
            AutoSend = r.AutoSend,
            TransferredOn = r.TransferredOn,
            TransferLate = r.TransferLate,
        };
}

internal sealed record RequestSummary(
    int Id,
    string OwnerId,
    int AuthorityId,
    string AuthorityName,
    string Title,
    RequestStatus Status,
    string Progress,
    int QuestionCount,
    DateTime? NearestDueAt,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>The nearest open deadline as its last day ("2022-02-07") in <see cref="Zone"/>; <see cref="NearestDueAt"/> is the instant it ends.</summary>
    public string? NearestDueDate { get; init; }

    public string? Zone { get; init; }
}

internal sealed record RequestPage(IReadOnlyList<RequestSummary> Items, string? NextCursor);
