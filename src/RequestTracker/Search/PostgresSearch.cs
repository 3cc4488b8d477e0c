using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using RequestTracker.Data;

namespace RequestTracker.Search;

/// <summary>
/// PostgreSQL: a stored generated <c>tsvector</c> column with a GIN index on each indexed table (migration
/// <c>Search</c>), with the 'simple' configuration — requests are in many languages, so words are not
/// stemmed, and prefixes stand in. Ranked by <c>ts_rank</c> among each table's newest
/// <see cref="SearchAll.Candidates"/> matches in the caller's scope; <c>ts_headline</c> marks the words of the
/// returned hits only.
/// </summary>
internal sealed class PostgresSearch(AppDbContext db) : ISearchEngine
{
    private const string Headline = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public async Task<IReadOnlyList<RawHit>> Find(SearchFilter filter, CancellationToken ct)
    {
        var query = string.Join(" & ", filter.Terms.Select(t => $"{t}:*"));
        // At most Candidates rows of each table are ranked: ts_rank over every row of a word found in a million
        // would take most of a second. First any Candidates matches in the caller's scope (the GIN index, or a
        // scan that stops early); only if there are that many, the newest Candidates instead (walking the key
        // backwards until enough match). Either way the work is bounded; below Candidates matches the ranking
        // is over all of them. The query is written into each condition so the planner sees how common the words are.
        static string Scoped(string kind, string from, string id, string request, string vector, string order) => $"""
            SELECT '{kind}' AS kind, {id}::bigint AS item, {request} AS request, {vector} AS v
            FROM {from} LEFT JOIN "Requests" r ON r."Id" = {request}
            WHERE {vector} @@ to_tsquery('simple', @query)
              AND (@kind::text IS NULL OR @kind::text = '{kind}')
              AND ({request} IS NOT NULL OR @unmatched)
              AND (@owner::text IS NULL OR r."OwnerId" = @owner::text)
              AND (@authority::integer IS NULL OR r."AuthorityId" = @authority::integer)
              AND (@status::text IS NULL OR r."Status" = @status::text)
              AND (@from::timestamptz IS NULL OR r."CreatedAt" >= @from::timestamptz)
              AND (@to::timestamptz IS NULL OR r."CreatedAt" < @to::timestamptz)
              AND (@public::timestamptz IS NULL OR (r."Status" = 'Sent' AND '{kind}' <> 'sent'
                   AND EXISTS (SELECT 1 FROM "Publications" p WHERE p."RequestId" = r."Id" AND p."PublishedAt" <= @public::timestamptz)
                   {(kind == "attachment" ? "AND NOT x.\"Private\"" : string.Empty)}))
            {order} LIMIT @candidates
            """;
        var tables = new[]
        {
            ("request", "\"Requests\" x", "x.\"Id\"", "x.\"Id\""),
            ("question", "\"Questions\" x", "x.\"Id\"", "x.\"RequestId\""),
            ("received", "\"Inbox\" x", "x.\"Id\"", "x.\"RequestId\""),
            ("sent", "\"Outbox\" x", "x.\"Id\"", "x.\"RequestId\""),
            ("attachment", "\"InboxAttachments\" x JOIN \"Inbox\" m ON m.\"Id\" = x.\"InboundMessageId\"", "x.\"Id\"", "m.\"RequestId\""),
        };
        var ctes = string.Join(",\n", tables.SelectMany(t => new[]
        {
            $"{t.Item1}_any AS MATERIALIZED ({Scoped(t.Item1, t.Item2, t.Item3, t.Item4, "x.\"SearchVector\"", string.Empty)})",
            $"{t.Item1}_newest AS ({Scoped(t.Item1, t.Item2, t.Item3, t.Item4, "x.\"SearchVector\"", $"ORDER BY {t.Item3} DESC")})",
        }));
        var hits = string.Join("\nUNION ALL ", tables.Select(t =>
            $"SELECT * FROM {t.Item1}_any WHERE (SELECT count(*) FROM {t.Item1}_any) < @candidates UNION ALL SELECT * FROM {t.Item1}_newest WHERE (SELECT count(*) FROM {t.Item1}_any) >= @candidates"));
        // Built from fixed fragments only; every value is a parameter.
        var sql = $"""
            WITH q AS (SELECT to_tsquery('simple', @query) AS q),
            {ctes},
            hits AS ({hits}),
            top AS (SELECT h.kind, h.item, h.request, ts_rank(h.v, q.q) AS rank FROM hits h, q ORDER BY rank DESC, h.item DESC LIMIT @limit)
            SELECT t.kind AS "Kind", t.item AS "ItemId", t.request AS "RequestId",
                CASE t.kind
                    WHEN 'request' THEN (SELECT ts_headline('simple', r."Title" || ' — ' || r."Body", q.q, @headline) FROM "Requests" r WHERE r."Id" = t.item)
                    WHEN 'question' THEN (SELECT ts_headline('simple', x."Text", q.q, @headline) FROM "Questions" x WHERE x."Id" = t.item)
                    WHEN 'received' THEN (SELECT ts_headline('simple', m."Subject" || ' — ' || m."TextBody", q.q, @headline) FROM "Inbox" m WHERE m."Id" = t.item)
                    WHEN 'sent' THEN (SELECT ts_headline('simple', coalesce(o."Subject", '') || ' — ' || coalesce(o."Text", ''), q.q, @headline) FROM "Outbox" o WHERE o."Id" = t.item)
                    ELSE (SELECT ts_headline('simple', a."OriginalName", q.q, @headline) FROM "InboxAttachments" a WHERE a."Id" = t.item)
                END AS "Snippet"
            FROM top t, q
            ORDER BY t.rank DESC, t.item DESC
            """;
        var rows = await db.Database.SqlQueryRaw<HitRow>(
            sql,
            new NpgsqlParameter("query", query),
            new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = (object?)filter.Kind ?? DBNull.Value },
            new NpgsqlParameter("unmatched", filter.IncludeUnmatched),
            new NpgsqlParameter("owner", NpgsqlDbType.Text) { Value = (object?)filter.OwnerId ?? DBNull.Value },
            new NpgsqlParameter("authority", NpgsqlDbType.Integer) { Value = (object?)filter.AuthorityId ?? DBNull.Value },
            new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)filter.Status?.ToString() ?? DBNull.Value },
            new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = (object?)filter.From ?? DBNull.Value },
            new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = (object?)filter.To ?? DBNull.Value },
            new NpgsqlParameter("public", NpgsqlDbType.TimestampTz) { Value = (object?)filter.PublicAt ?? DBNull.Value },
            new NpgsqlParameter("limit", filter.Limit),
            new NpgsqlParameter("candidates", SearchAll.Candidates),
            new NpgsqlParameter("headline", Headline)).ToListAsync(ct);
        return rows.Select(r => new RawHit(r.Kind, r.ItemId, r.RequestId, r.Snippet ?? string.Empty)).ToList();
    }

    private sealed class HitRow
    {
        public string Kind { get; set; } = string.Empty;

        public long ItemId { get; set; }

        public int? RequestId { get; set; }

        public string? Snippet { get; set; }
    }
}
