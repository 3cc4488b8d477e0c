namespace RequestTracker.Requests;

internal sealed record QuestionResponse(int Id, int Position, QuestionCategory Category, string Text);

internal sealed record RequestResponse(
    int Id,
    string OwnerId,
    int AuthorityId,
    string AuthorityName,
    string Title,
    string Body,
    string LegalBasis,
    RequestStatus Status,
    IReadOnlyList<QuestionResponse> Questions,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? SentAt,
    DateTime? WithdrawnAt)
{
    /// <summary>Maps a request loaded with its authority and questions.</summary>
    public static RequestResponse From(Request r) =>
        new(
            r.Id,
            r.OwnerId,
            r.AuthorityId,
            r.Authority?.Name ?? string.Empty,
            r.Title,
            r.Body,
            r.LegalBasis,
            r.Status,
            r.Questions.OrderBy(q => q.Position).Select(q => new QuestionResponse(q.Id, q.Position, q.Category, q.Text)).ToList(),
            r.CreatedAt,
            r.UpdatedAt,
            r.SentAt,
            r.WithdrawnAt);
}

internal sealed record RequestSummary(
    int Id,
    string OwnerId,
    int AuthorityId,
    string AuthorityName,
    string Title,
    RequestStatus Status,
    int QuestionCount,
    DateTime CreatedAt,
    DateTime UpdatedAt);

internal sealed record RequestPage(IReadOnlyList<RequestSummary> Items, string? NextCursor);
