using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RequestTracker.Data;

namespace RequestTracker.Tests.Data;

/// <summary>
/// Every provider's migrations assembly must match the model: a model change without
/// scripts/add-migration.sh fails here. No database is needed: the snapshot is compared to the model.
/// </summary>
public class MigrationTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer", "PostgreSql" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_model_has_no_changes_missing_from_the_migrations(string provider)
    {
        using var db = Context(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: run scripts/add-migration.sh to add the missing migration.");
    }

    [Fact]
    public void Every_provider_has_the_same_migrations()
    {
        using var sqlite = Context("Sqlite");
        using var sqlServer = Context("SqlServer");
        using var postgres = Context("PostgreSql");

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(sqlServer));
        Assert.Equal(Names(sqlite), Names(postgres));
    }

    [Fact]
    public void The_sql_server_migrations_generate_an_idempotent_script()
    {
        using var db = Context("SqlServer");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // Idempotent: every migration is guarded by a check of the history table.
        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]", script.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Requests]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Questions]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Authorities_Name]", script, StringComparison.Ordinal);
    }

    private static AppDbContext Context(string provider) => Enum.Parse<DatabaseProvider>(provider) switch
    {
        DatabaseProvider.Sqlite => new AppDbContext(DatabaseSetup.Options(DatabaseProvider.Sqlite, "Data Source=:memory:")),
        DatabaseProvider.SqlServer => new AppDbContext(DatabaseSetup.Options(DatabaseProvider.SqlServer, "Server=localhost;Database=rt;Trusted_Connection=True")),
        _ => new AppDbContext(DatabaseSetup.Options(DatabaseProvider.PostgreSql, "Host=localhost;Database=rt")),
    };

    // Migration ids carry a timestamp per provider; the name after it must match across providers.
    private static List<string> Names(AppDbContext db) =>
        db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
}
