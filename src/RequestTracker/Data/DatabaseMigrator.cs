using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Data;

/// <summary>
/// Brings the database to the latest migration at start-up. EF Core takes a database-wide migration
/// lock, so replicas starting together apply each migration once. Work an upgrade leaves on existing rows is done
/// in the background afterwards (<c>Runtime/BackgroundUpgrade</c>), never here: at scale it would hold start-up for minutes.
/// </summary>
internal static class DatabaseMigrator
{
    public static async Task Migrate(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while a writer commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
