using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RequestTracker.Data;

/// <summary>
/// Makes a SQLite connection wait for the write lock inside SQLite (its busy handler backs off from 1 ms)
/// rather than return SQLITE_BUSY at once: Microsoft.Data.Sqlite answers that by sleeping 150 ms and
/// retrying, which put 150–450 ms on the slowest writes whenever several arrived together.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Milliseconds};";
        return command;
    }
}
