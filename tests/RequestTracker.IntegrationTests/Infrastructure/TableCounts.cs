using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// How many rows each table of the app's model holds, and the sum of each table's <c>Version</c> (bumped by every
/// change of a versioned row), in one query: two readings that differ mean something was written in between. The
/// dashboard's figures are left out: the figures worker folds them on its own.
/// </summary>
public sealed class TableCounts(AppHost host)
{
    private string? _sql;

    public async Task<IReadOnlyDictionary<string, long>> Read()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _sql ??= Query(db);
        var rows = await db.Database.SqlQueryRaw<Row>(_sql).ToListAsync();
        return rows.ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);
    }

    public static List<string> Changes(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        before.Where(b => after.GetValueOrDefault(b.Key) != b.Value).Select(b => $"{b.Key} {b.Value} → {after.GetValueOrDefault(b.Key)}").ToList();

    private static string Query(AppDbContext db)
    {
        var parts = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).DistinctBy(e => e.GetTableName()))
        {
            var table = entity.GetTableName()!;
            if (table.Contains("Delta", StringComparison.Ordinal) || table is "CategoryCounts" or "AuthorityTallies" or "StateCounts")
            {
                continue;
            }

            parts.Add($"""SELECT '{table}' AS "Name", COUNT(*) AS "Value" FROM "{table}" """);
            if (entity.FindProperty("Version") is { } version && version.ClrType == typeof(int))
            {
                parts.Add($"""SELECT '{table}.Version' AS "Name", CAST(COALESCE(SUM("{version.GetColumnName()}"), 0) AS BIGINT) AS "Value" FROM "{table}" """);
            }
        }

        return string.Join(" UNION ALL ", parts);
    }

    private sealed class Row
    {
        public string Name { get; set; } = string.Empty;

        public long Value { get; set; }
    }
}
