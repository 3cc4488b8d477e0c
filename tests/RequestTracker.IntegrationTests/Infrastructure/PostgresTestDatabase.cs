using Npgsql;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// A new database on the PostgreSQL server the test command started (RT_TEST_POSTGRES is its admin
/// connection string). Without that server the tests fail with this message rather than being skipped.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _admin;
    private readonly string _name = $"rt_test_{Guid.NewGuid():N}";

    private PostgresTestDatabase(string admin)
    {
        _admin = admin;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _name }.ConnectionString;
    }

    public override string Provider => "PostgreSql";

    public override string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> Create()
    {
        var admin = Environment.GetEnvironmentVariable("RT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                "RT_TEST_POSTGRES is not set. Run the tests with ./test.sh, which installs and starts PostgreSQL and sets it.");
        }

        var database = new PostgresTestDatabase(admin);
        await database.Execute($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
