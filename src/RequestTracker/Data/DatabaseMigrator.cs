using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Data;

/// <summary>
/// Brings the database to the latest migration at start-up. EF Core takes a database-wide migration
/// lock, so replicas starting together apply each migration once. Then the features' own start-up work on the
/// data (<see cref="IAfterMigration"/>), each safe to run on several replicas at once.
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

        foreach (var task in scope.ServiceProvider.GetServices<IAfterMigration>())
        {
            await task.Run(db, ct);
        }
    }
}
