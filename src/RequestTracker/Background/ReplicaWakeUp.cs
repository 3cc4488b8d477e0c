using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RequestTracker.Data;

namespace RequestTracker.Background;

/// <summary>
/// On PostgreSQL, a commit on one replica wakes every replica's workers at once: <see cref="WorkSignal.Notify"/>
/// sends <c>NOTIFY requesttracker_work</c> (coalesced: one at a time, another if more commits came meanwhile)
/// and a dedicated connection LISTENs and wakes the local workers. It is only a hint: a lost notification
/// (a connection drop, a crash between commit and NOTIFY) costs at most the workers' bounded idle sleep
/// (<c>MaxIdleSeconds</c>), which is also all other providers have. After a reconnect the workers are woken
/// once, for whatever was missed.
/// </summary>
internal sealed partial class ReplicaWakeUp(IOptions<DatabaseSettings> database, WorkSignal signal, ILogger<ReplicaWakeUp> log) : BackgroundService
{
    public const string Channel = "requesttracker_work";

    private readonly SemaphoreSlim _pending = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Value.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        await using var source = NpgsqlDataSource.Create(database.Value.EffectiveConnectionString());
        signal.Published = Request;
        try
        {
            await Task.WhenAll(Listen(source, stoppingToken), Publish(source, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            signal.Published = null;
        }
    }

    private void Request()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // A NOTIFY is already due; it covers this commit too.
        }
    }

    private async Task Publish(NpgsqlDataSource source, CancellationToken ct)
    {
        while (true)
        {
            await _pending.WaitAsync(ct);
            try
            {
                await using var command = source.CreateCommand($"NOTIFY {Channel}");
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Whatever went wrong, the other replicas still find the work at their next poll.
                NotifyFailed(log, e.Message);
            }
        }
    }

    private async Task Listen(NpgsqlDataSource source, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                await using var connection = await source.OpenConnectionAsync(ct);
                connection.Notification += (_, _) => signal.Wake();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                signal.Wake();
                while (true)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Never fatal to the app: the workers keep polling until the listener is back.
                ListenLost(log, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other replicas of new work (they find it at their next poll): {Error}")]
    private static partial void NotifyFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection that hears other replicas' work (listening again in 2 s; meanwhile the workers poll): {Error}")]
    private static partial void ListenLost(ILogger logger, string error);
}
