using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using RequestTracker.Data;

namespace RequestTracker.Search;

/// <summary>
/// PostgreSQL: a stored generated <c>tsvector</c> column with a GIN index on each indexed table (migration
/// <c>Search</c>), with the 'simple' configuration — requests are in many languages, so words are not
/// stemmed, and prefixes stand in. Ranked by <c>ts_rank</c>; <c>ts_headline</c> marks the words of the
/// returned hits only.
/// </summary>
internal sealed class PostgresSearch(AppDbContext db) : ISearchEngine
{
    private const string Headline = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public async Task<IReadOnlyList<RawHit>> Find(SearchFilter filter, CancellationToken ct)
    {
        var query = string.Join(" & ", filter.Terms.Select(t => $"{t}:*"));
        var rows = await db.Database.SqlQueryRaw<HitRow>(
            """
            WITH q AS (SELECT to_tsquery('simple', @query) AS q),
            hits AS (
                SELECT 'request' AS kind, r."Id"::bigint AS item, r."Id" AS request, ts_rank(r."SearchVector", q.q) AS rank FROM "Requests" r, q WHERE r."SearchVector" @@ q.q
                UNION ALL SELECT 'question', x."Id", x."RequestId", ts_rank(x."SearchVector", q.q) FROM "Questions" x, q WHERE x."SearchVector" @@ q.q
                UNION ALL SELECT 'received', m."Id", m."RequestId", ts_rank(m."SearchVector", q.q) FROM "Inbox" m, q WHERE m."SearchVector" @@ q.q
                UNION ALL SELECT 'sent', o."Id", o."RequestId", ts_rank(o."SearchVector", q.q) FROM "Outbox" o, q WHERE o."SearchVector" @@ q.q
                UNION ALL SELECT 'attachment', a."Id", m."RequestId", ts_rank(a."SearchVector", q.q) FROM "InboxAttachments" a JOIN "Inbox" m ON m."Id" = a."InboundMessageId", q WHERE a."SearchVector" @@ q.q
            ),
            top AS (
                SELECT h.kind, h.item, h.request, h.rank FROM hits h LEFT JOIN "Requests" r ON r."Id" = h.request
                WHERE (@kind::text IS NULL OR h.kind = @kind::text)
                  AND (h.request IS NOT NULL OR @unmatched)
                  AND (@owner::text IS NULL OR r."OwnerId" = @owner::text)
                  AND (@authority::integer IS NULL OR r."AuthorityId" = @authority::integer)
                  AND (@status::text IS NULL OR r."Status" = @status::text)
                  AND (@from::timestamptz IS NULL OR r."CreatedAt" >= @from::timestamptz)
                  AND (@to::timestamptz IS NULL OR r."CreatedAt" < @to::timestamptz)
                ORDER BY h.rank DESC, h.item DESC
                LIMIT @limit
            )
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
            """,
            new NpgsqlParameter("query", query),
            new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = (object?)filter.Kind ?? DBNull.Value },
            new NpgsqlParameter("unmatched", filter.IncludeUnmatched),
            new NpgsqlParameter("owner", NpgsqlDbType.Text) { Value = (object?)filter.OwnerId ?? DBNull.Value },
            new NpgsqlParameter("authority", NpgsqlDbType.Integer) { Value = (object?)filter.AuthorityId ?? DBNull.Value },
            new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)filter.Status?.ToString() ?? DBNull.Value },
            new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = (object?)filter.From ?? DBNull.Value },
            new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = (object?)filter.To ?? DBNull.Value },
            new NpgsqlParameter("limit", filter.Limit),
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
