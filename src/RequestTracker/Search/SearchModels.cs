using RequestTracker.Requests;

namespace RequestTracker.Search;

/// <summary>What the search box and the results page's filters send.</summary>
internal sealed record SearchInput(string? Q, string? Kind = null, int? AuthorityId = null, string? Status = null, string? From = null, string? To = null, int? Limit = null);

/// <summary>One thing found. <see cref="Snippet"/> marks each matched word between <see cref="SearchText.Start"/> and <see cref="SearchText.End"/>.</summary>
internal sealed record SearchHit(string Kind, long ItemId, int? RequestId, string? RequestTitle, string? AuthorityName, string Snippet);

internal sealed record SearchResults(string Query, IReadOnlyList<string> Terms, IReadOnlyList<SearchHit> Hits, bool More);

/// <summary>
/// A provider's query: the terms (each matched as a word prefix, all required) within the caller's scope and filters.
/// <see cref="PublicAt"/>: only what the public pages show at that instant — published, sent requests; no email sent
/// (its text may carry the advocate's details), no private attachment.
/// </summary>
internal sealed record SearchFilter(
    IReadOnlyList<string> Terms, string? Kind, string? OwnerId, bool IncludeUnmatched, int? AuthorityId, RequestStatus? Status, DateTime? From, DateTime? To, int Limit)
{
    public DateTime? PublicAt { get; init; }
}

/// <summary>A hit as a provider returns it, before the request's title and authority are read.</summary>
internal sealed record RawHit(string Kind, long ItemId, int? RequestId, string Snippet);

/// <summary>One full-text engine: SQLite FTS5, PostgreSQL tsvector/GIN or SQL Server full-text.</summary>
internal interface ISearchEngine
{
    Task<IReadOnlyList<RawHit>> Find(SearchFilter filter, CancellationToken ct);
}

/// <summary>The kinds of things indexed, the words they are shown with, and the snippet markers.</summary>
internal static class SearchText
{
    public const char Start = '\u0002';
    public const char End = '\u0003';

    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["request"] = "Request",
        ["question"] = "Question",
        ["received"] = "Reply received",
        ["sent"] = "Email sent",
        ["attachment"] = "Attachment",
    };
}
