using Microsoft.Data.Sqlite;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>A SQLite file in a fresh temporary folder (a file, not :memory:, so the app's own open/close is exercised).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rt-sqlite-").FullName;

    public override string Provider => "Sqlite";

    public string FilePath => Path.Combine(_folder, "requesttracker.db");

    public override string ConnectionString => $"Data Source={FilePath}";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A handle still open in a killed child process; the OS temp cleaner takes it.
        }

        return ValueTask.CompletedTask;
    }
}
