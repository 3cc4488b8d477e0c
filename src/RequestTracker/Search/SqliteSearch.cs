using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Search;

/// <summary>
/// SQLite: one FTS5 table, <c>SearchText</c>, filled by triggers on the indexed tables (migration
/// <c>Search</c>); its rowid is the item's id times 8 plus its kind, so a trigger finds its row by key.
/// Ranked by bm25; <c>snippet()</c> marks the matched words.
/// </summary>
internal sealed class SqliteSearch(AppDbContext db) : ISearchEngine
{
    public async Task<IReadOnlyList<RawHit>> Find(SearchFilter filter, CancellationToken ct)
    {
        // Each term a quoted prefix: the engine's query syntax never sees the user's characters as operators.
        var match = string.Join(' ', filter.Terms.Select(t => $"\"{t}\"*"));
        var rows = await db.Database.SqlQueryRaw<HitRow>(
            """
            SELECT s."Kind" AS "Kind", s."ItemId" AS "ItemId", s."RequestId" AS "RequestId",
                   snippet("SearchText", 3, char(2), char(3), '…', 24) AS "Snippet"
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
            ORDER BY s.rank
            LIMIT @limit
            """,
            new SqliteParameter("@match", match),
            new SqliteParameter("@kind", (object?)filter.Kind ?? DBNull.Value),
            new SqliteParameter("@unmatched", filter.IncludeUnmatched ? 1 : 0),
            new SqliteParameter("@owner", (object?)filter.OwnerId ?? DBNull.Value),
            new SqliteParameter("@authority", (object?)filter.AuthorityId ?? DBNull.Value),
            new SqliteParameter("@status", (object?)filter.Status?.ToString() ?? DBNull.Value),
            new SqliteParameter("@from", (object?)filter.From ?? DBNull.Value),
            new SqliteParameter("@to", (object?)filter.To ?? DBNull.Value),
            new SqliteParameter("@limit", filter.Limit)).ToListAsync(ct);
        return rows.Select(r => new RawHit(r.Kind, r.ItemId, r.RequestId is { } id ? (int)id : null, r.Snippet ?? string.Empty)).ToList();
    }

    private sealed class HitRow
    {
        public string Kind { get; set; } = string.Empty;

        public long ItemId { get; set; }

        public long? RequestId { get; set; }

        public string? Snippet { get; set; }
    }
}
