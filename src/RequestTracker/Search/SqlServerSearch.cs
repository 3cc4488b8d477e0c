using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Search;

/// <summary>
/// SQL Server: full-text indexes on the indexed tables (migration <c>Search</c>, where the instance has
/// full-text installed), queried with CONTAINSTABLE and ranked by its RANK. SQL Server has no highlighter,
/// so the words are marked here. Its full-text indexes are populated in the background (change tracking
/// AUTO), seconds after the write, not in its transaction as SQLite's and PostgreSQL's are.
/// </summary>
internal sealed class SqlServerSearch(AppDbContext db) : ISearchEngine
{
    public async Task<IReadOnlyList<RawHit>> Find(SearchFilter filter, CancellationToken ct)
    {
        var query = string.Join(" AND ", filter.Terms.Select(t => $"\"{t}*\""));
        var rows = await db.Database.SqlQueryRaw<HitRow>(
            """
            SELECT TOP (@limit) h.Kind, h.ItemId, h.RequestId, h.Text
            FROM (
                SELECT 'request' AS Kind, CAST(r.Id AS bigint) AS ItemId, r.Id AS RequestId, k.[RANK] AS [Rank], LEFT(r.Title + N' — ' + r.Body, 4000) AS Text
                    FROM CONTAINSTABLE(Requests, (Title, LegalBasis, Body), @query) k JOIN Requests r ON r.Id = k.[KEY]
                UNION ALL SELECT 'question', x.Id, x.RequestId, k.[RANK], LEFT(x.Text, 4000)
                    FROM CONTAINSTABLE(Questions, Text, @query) k JOIN Questions x ON x.Id = k.[KEY]
                UNION ALL SELECT 'received', m.Id, m.RequestId, k.[RANK], LEFT(m.Subject + N' — ' + m.TextBody, 4000)
                    FROM CONTAINSTABLE(Inbox, (FromName, FromAddress, Subject, TextBody), @query) k JOIN Inbox m ON m.Id = k.[KEY]
                UNION ALL SELECT 'sent', o.Id, o.RequestId, k.[RANK], LEFT(ISNULL(o.Subject, N'') + N' — ' + ISNULL(o.Text, N''), 4000)
                    FROM CONTAINSTABLE(Outbox, (Subject, Text), @query) k JOIN Outbox o ON o.Id = k.[KEY] WHERE o.RequestId IS NOT NULL
                UNION ALL SELECT 'attachment', a.Id, m.RequestId, k.[RANK], a.OriginalName
                    FROM CONTAINSTABLE(InboxAttachments, OriginalName, @query) k JOIN InboxAttachments a ON a.Id = k.[KEY] JOIN Inbox m ON m.Id = a.InboundMessageId
            ) h
            LEFT JOIN Requests r ON r.Id = h.RequestId
            WHERE (@kind IS NULL OR h.Kind = @kind)
              AND (h.RequestId IS NOT NULL OR @unmatched = 1)
              AND (@owner IS NULL OR r.OwnerId = @owner)
              AND (@authority IS NULL OR r.AuthorityId = @authority)
              AND (@status IS NULL OR r.Status = @status)
              AND (@from IS NULL OR r.CreatedAt >= @from)
              AND (@to IS NULL OR r.CreatedAt < @to)
              AND (@public IS NULL OR (r.Status = 'Sent' AND h.Kind <> 'sent'
                   AND EXISTS (SELECT 1 FROM Publications p WHERE p.RequestId = r.Id AND p.PublishedAt <= @public)
                   AND (h.Kind <> 'attachment' OR NOT EXISTS (SELECT 1 FROM InboxAttachments a WHERE a.Id = h.ItemId AND a.[Private] = 1))))
            ORDER BY h.[Rank] DESC, h.ItemId DESC
            """,
            new SqlParameter("@query", query),
            new SqlParameter("@kind", (object?)filter.Kind ?? DBNull.Value),
            new SqlParameter("@unmatched", filter.IncludeUnmatched ? 1 : 0),
            new SqlParameter("@owner", (object?)filter.OwnerId ?? DBNull.Value),
            new SqlParameter("@authority", (object?)filter.AuthorityId ?? DBNull.Value),
            new SqlParameter("@status", (object?)filter.Status?.ToString() ?? DBNull.Value),
            new SqlParameter("@from", System.Data.SqlDbType.DateTime2) { Value = (object?)filter.From ?? DBNull.Value },
            new SqlParameter("@to", System.Data.SqlDbType.DateTime2) { Value = (object?)filter.To ?? DBNull.Value },
            new SqlParameter("@public", System.Data.SqlDbType.DateTime2) { Value = (object?)filter.PublicAt ?? DBNull.Value },
            new SqlParameter("@limit", filter.Limit)).ToListAsync(ct);
        return rows.Select(r => new RawHit(r.Kind, r.ItemId, r.RequestId, SearchTerms.Mark(r.Text ?? string.Empty, filter.Terms))).ToList();
    }

    private sealed class HitRow
    {
        public string Kind { get; set; } = string.Empty;

        public long ItemId { get; set; }

        public int? RequestId { get; set; }

        public string? Text { get; set; }
    }
}
