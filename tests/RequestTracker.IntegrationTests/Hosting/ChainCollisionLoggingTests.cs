using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RequestTracker.Data;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Runtime;

namespace RequestTracker.IntegrationTests.Hosting;

/// <summary>
/// Two writers taking the same place in a request's journal chain collide on a unique index by design, and the
/// loser links again. That expected collision must not reach the logs as an error (an operator reads those as an
/// outage); a command that fails for any other reason still must.
/// </summary>
public sealed class ChainCollisionLoggingTests
{
    private const int RequestId = 424_242; // the journal has no foreign key: entries of a request no one filed do for this

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_lost_race_for_a_chain_position_is_logged_at_debug_and_a_failed_command_at_error(string provider)
    {
        await using TestDatabase database = provider == "Sqlite" ? new SqliteTestDatabase() : await PostgresTestDatabase.Create();
        var logs = new CapturedLogs();
        var rival = new Rival(database);
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Debug" };
        await using var host = new AppHost(database, settings, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(rival));
        });
        host.StartServer();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Journal.Append(db, RequestId, 1, "note", "test", DateTime.UtcNow, "first", "test");
        await db.SaveChangesAsync();
        rival.Armed = true; // another writer takes position 2 between this save's reading the head and its insert
        Journal.Append(db, RequestId, 1, "note", "test", DateTime.UtcNow, "second", "test");
        await db.SaveChangesAsync();

        var chain = await db.Journal.AsNoTracking().Where(j => j.RequestId == RequestId).OrderBy(j => j.ChainSeq).Select(j => new { j.ChainSeq, j.Note }).ToListAsync();
        Assert.Equal([(1, "first"), (2, "rival"), (3, "second")], chain.Select(j => (j.ChainSeq ?? 0, j.Note)));
        var collisions = logs.Entries.Where(e => e.EventId.Id == RelationalEventId.CommandError.Id && e.Message.Contains("INSERT INTO \"Journal\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(collisions);
        Assert.All(collisions, e => Assert.Equal(LogLevel.Debug, e.Level));
        // Nor anything else expected: a new database's first start included (PostgreSQL's migrator probes for its table).
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""SELECT * FROM "NoSuchTable" """));
        var failed = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("NoSuchTable", StringComparison.Ordinal));
        Assert.Equal(DbLoggerCategory.Database.Command.Name, failed.Category);
        Assert.Equal(RelationalEventId.CommandError.Id, failed.EventId.Id);
        Assert.NotNull(failed.Exception);
    }

    /// <summary>Once armed, saves a journal entry of the same request from another context just before the next save runs its commands.</summary>
    private sealed class Rival(TestDatabase database) : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Armed)
            {
                Armed = false;
                var options = new DbContextOptionsBuilder<AppDbContext>(DatabaseSetup.Options(Enum.Parse<DatabaseProvider>(database.Provider), database.ConnectionString))
                    .AddInterceptors(new JournalChainOnSave()).Options; // what the app registers, so the rival's entry takes the chain's next place
                await using var other = new AppDbContext(options);
                Journal.Append(other, RequestId, 1, "note", "rival", DateTime.UtcNow, "rival", "test");
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
