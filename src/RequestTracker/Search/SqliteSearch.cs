using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Search;

/// <summary>
/// SQLite: one FTS5 table, <c>SearchText</c>, filled by triggers on the indexed tables (migration
/// <c>Search</c>); its rowid is the item's id times 8 plus its kind, so a trigger finds its row by key.
/// Ranked by bm25 among the newest <see cref="SearchAll.Candidates"/> matches; the words are marked here.
/// </summary>
internal sealed class SqliteSearch(AppDbContext db) : ISearchEngine
{
    public async Task<IReadOnlyList<RawHit>> Find(SearchFilter filter, CancellationToken ct)
    {
        // Each term a quoted prefix: the engine's query syntax never sees the user's characters as operators.
        var match = string.Join(' ', filter.Terms.Select(t => $"\"{t}\"*"));
        const string Scoped = """
            FROM "SearchText" AS s
            LEFT JOIN "Requests" AS r ON r."Id" = s."RequestId"
            WHERE "SearchText" MATCH @match
              AND (@kind IS NULL OR s."Kind" = @kind)
              AND (s."RequestId" IS NOT NULL OR @unmatched = 1)
              AND (@owner IS NULL OR r."OwnerId" = @owner)
              AND (@authority IS NULL OR r."AuthorityId" = @authority)
              AND (@status IS NULL OR r."Status" = @status)
              AND (@from IS NULL OR r."CreatedAt" >= @from)
              AND (@to IS NULL OR r."CreatedAt" < @to)
              AND (@public IS NULL OR (r."Status" = 'Sent' AND s."Kind" <> 'sent'
                   AND EXISTS (SELECT 1 FROM "Publications" AS p WHERE p."RequestId" = r."Id" AND p."PublishedAt" <= @public)
                   AND (s."Kind" <> 'attachment' OR NOT EXISTS (SELECT 1 FROM "InboxAttachments" AS a WHERE a."Id" = s."ItemId" AND a."Private"))))
            """;

        // bm25 over every match of a word found in a million rows takes a second; ranked among the newest
        // Candidates it takes a tenth. Below that many matches (any but the commonest words) nothing changes.
        var bound = await db.Database.SqlQueryRaw<long?>(
            $"""SELECT min(c.rowid) AS "Value" FROM (SELECT s.rowid {Scoped} ORDER BY s.rowid DESC LIMIT {SearchAll.Candidates}) AS c""",
            Parameters(filter, match)).SingleAsync(ct);
        if (bound is null)
        {
            return [];
        }

        var rows = await db.Database.SqlQueryRaw<HitRow>(
            $"""
            SELECT s."Kind" AS "Kind", s."ItemId" AS "ItemId", s."RequestId" AS "RequestId", s."Body" AS "Body"
            {Scoped} AND s.rowid >= @bound
            ORDER BY s.rank
            LIMIT @limit
            """,
            [.. Parameters(filter, match), new SqliteParameter("@bound", bound.Value), new SqliteParameter("@limit", filter.Limit)]).ToListAsync(ct);
        return rows.Select(r => new RawHit(r.Kind, r.ItemId, r.RequestId is { } id ? (int)id : null, SearchTerms.Mark(r.Body ?? string.Empty, filter.Terms))).ToList();
    }

    private static object[] Parameters(SearchFilter filter, string match) =>
    [
        new SqliteParameter("@match", match),
        new SqliteParameter("@kind", (object?)filter.Kind ?? DBNull.Value),
        new SqliteParameter("@unmatched", filter.IncludeUnmatched ? 1 : 0),
        new SqliteParameter("@owner", (object?)filter.OwnerId ?? DBNull.Value),
        new SqliteParameter("@authority", (object?)filter.AuthorityId ?? DBNull.Value),
        new SqliteParameter("@status", (object?)filter.Status?.ToString() ?? DBNull.Value),
        new SqliteParameter("@from", (object?)filter.From ?? DBNull.Value),
        new SqliteParameter("@to", (object?)filter.To ?? DBNull.Value),
        new SqliteParameter("@public", (object?)filter.PublicAt ?? DBNull.Value),
    ];

    private sealed class HitRow
    {
        public string Kind { get; set; } = string.Empty;

        public long ItemId { get; set; }

        public long? RequestId { get; set; }

        public string? Body { get; set; }
    }
}
