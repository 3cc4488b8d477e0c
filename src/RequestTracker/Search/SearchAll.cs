using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Requests;

namespace RequestTracker.Search;

/// <summary>
/// One search over requests, questions, the correspondence both ways and attachment names, through the
/// database's own full-text engine, within what the caller may see: an advocate their own requests, a
/// manager everything including replies not yet matched to a request. The index is kept by the database
/// itself in the same transaction as each write (SQLite triggers into FTS5, PostgreSQL generated tsvector
/// columns), so a reply is findable the moment it is stored.
/// </summary>
internal sealed class SearchAll(AppDbContext db)
{
    public const int DefaultLimit = 50;

    /// <summary>
    /// How many of the newest matches are ranked. Ranking every match of a word found in most rows costs time
    /// in proportion to the rows (a second at a million); a search for such a word is narrowed by another word
    /// or a filter, and the newest matches are what it is most likely after.
    /// </summary>
    public const int Candidates = 2_000;

    public async Task<Outcome<SearchResults>> Handle(CurrentUser user, SearchInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var terms = SearchTerms.Parse(input.Q);
        if (terms.Count == 0)
        {
            errors.Add("q", $"Type a word to search for (letters or digits).");
        }

        if (input.Kind is { Length: > 0 } kind && !SearchText.Kinds.ContainsKey(kind))
        {
            errors.Add("kind", $"Search in one of: {string.Join(", ", SearchText.Kinds.Keys)}.");
        }

        var status = errors.OptionalEnum<RequestStatus>("status", input.Status);
        var from = Day(input.From, "from", errors);
        var to = Day(input.To, "to", errors);
        if (input.Limit is < 1 or > 100)
        {
            errors.Add("limit", $"The limit is between 1 and 100.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<SearchResults>.Invalid(errors);
        }

        var limit = input.Limit ?? DefaultLimit;
        var filter = new SearchFilter(terms, string.IsNullOrEmpty(input.Kind) ? null : input.Kind, user.SeesAll ? null : user.Id, user.SeesAll,
            input.AuthorityId, status, from, to?.AddDays(1), limit + 1);
        var raw = await Engine().Find(filter, ct);
        var ids = raw.Where(h => h.RequestId is not null).Select(h => h.RequestId!.Value).Distinct().ToList();
        var requests = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Title, Authority = r.Authority!.Name }).ToDictionaryAsync(r => r.Id, ct);
        var hits = raw.Take(limit)
            .Select(h => h.RequestId is { } id && requests.TryGetValue(id, out var r)
                ? new SearchHit(h.Kind, h.ItemId, id, r.Title, r.Authority, h.Snippet)
                : new SearchHit(h.Kind, h.ItemId, h.RequestId, null, null, h.Snippet))
            .ToList();
        return Outcome<SearchResults>.Ok(new SearchResults(input.Q!.Trim(), terms, hits, raw.Count > limit));
    }

    private ISearchEngine Engine() => EngineFor(db);

    /// <summary>The database's own full-text engine.</summary>
    public static ISearchEngine EngineFor(AppDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresSearch(db)
        : db.Database.IsSqlServer() ? new SqlServerSearch(db)
        : new SqliteSearch(db);

    private static DateTime? Day(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (TextRule.TryDay(text, out var day))
        {
            return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        errors.Add(field, $"Give a day as YYYY-MM-DD.");
        return null;
    }
}
