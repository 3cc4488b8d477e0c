using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace RequestTracker.Data;

/// <summary>
/// Logs failed commands and saves in EF Core's place. EF logs each at Error (<see cref="RelationalEventId.CommandError"/>,
/// <see cref="CoreEventId.SaveChangesFailed"/>) whatever the cause, but two writers taking the same place in a request's
/// journal chain is not a failure: the unique index is there to make them collide, and the loser links again and saves
/// (an <see cref="IRepeatableSave"/> the journal registers says which errors it repairs). As errors, those collisions read as an outage to whoever watches the logs. So
/// EF's own entries are written at Debug (<see cref="DatabaseSetup"/>), and this writes every other failure at Error,
/// under EF's category and event id.
/// </summary>
internal sealed class CommandFailureLog : IDbCommandInterceptor, ISaveChangesInterceptor
{
    public void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        if (!Expected(eventData.Context, eventData.Exception))
        {
            eventData.Context?.GetService<IDiagnosticsLogger<DbLoggerCategory.Database.Command>>().Logger.LogError(
                RelationalEventId.CommandError,
                eventData.Exception,
                "Failed executing DbCommand ({Elapsed}ms) [CommandType='{CommandType}', CommandTimeout='{CommandTimeout}']{NewLine}{CommandText}",
                (long)eventData.Duration.TotalMilliseconds,
                command.CommandType,
                command.CommandTimeout,
                Environment.NewLine,
                command.CommandText);
        }
    }

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandFailed(command, eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (!Expected(eventData.Context, eventData.Exception))
        {
            eventData.Context?.GetService<IDiagnosticsLogger<DbLoggerCategory.Update>>().Logger.LogError(
                CoreEventId.SaveChangesFailed,
                eventData.Exception,
                "An exception occurred in the database while saving changes for context type '{ContextType}'.",
                eventData.Context.GetType());
        }
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A failure a registered rule repairs by saving again (the chain's collision); and on PostgreSQL, the migrator's
    /// first look for its history table in a new database, which fails until it creates it.
    /// </summary>
    private static bool Expected(DbContext? context, Exception exception) =>
        exception is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UndefinedTable } e
            ? e.MessageText.Contains("__EFMigrationsHistory", StringComparison.Ordinal)
            : context is not null && RepeatableSaves.Of(context.GetService<IDbContextOptions>()).Repair(exception);
}
