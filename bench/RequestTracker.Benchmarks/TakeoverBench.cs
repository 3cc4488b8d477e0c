using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace RequestTracker.Benchmarks;

/// <summary>
/// Two replicas (real app processes) on one PostgreSQL database and one IMAP mailbox. The first started holds
/// the mailbox lease; once both run, due timers are seeded and each claims a batch; the first is then killed
/// with SIGKILL mid-batch. Prints how long until the survivor held every timer the victim had claimed, and
/// the mailbox. Run once with the given lease lengths, so the script can print the default next to the old,
/// long ones.
/// </summary>
internal static class TakeoverBench
{
    public static async Task Run(string root, string database, int timerLease, int mailboxLease, int imapPort, Func<Task> seedDueTimers)
    {
        var data = Directory.CreateTempSubdirectory("rt-takeover-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__RequestTracker"] = database,
            ["DataPath"] = data,
            ["Workflows__Worker__BatchSize"] = "1000",
            ["Workflows__Worker__LeaseSeconds"] = timerLease.ToString(CultureInfo.InvariantCulture),
            ["Mail__Delivery__Enabled"] = "false",
            ["Mail__Digest__Enabled"] = "false",
            ["Mail__Imap__Host"] = "127.0.0.1",
            ["Mail__Imap__Port"] = imapPort.ToString(CultureInfo.InvariantCulture),
            ["Mail__Imap__Security"] = "None",
            ["Mail__Imap__UserName"] = "rt",
            ["Mail__Imap__Password"] = "rt-password",
            ["Mail__Imap__PollSeconds"] = "30",
            ["Mail__Imap__LeaseSeconds"] = mailboxLease.ToString(CultureInfo.InvariantCulture),
        };
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();

        using var victim = AppProcess.Start(root, environment, out var victimListening);
        var victimPid = $"%:{victim.Id}:%";
        await victimListening.WaitAsync(TimeSpan.FromMinutes(2));
        await Until(async () => !victim.HasExited && await Count(connection, """SELECT COUNT(*) FROM "MailboxCursors" WHERE "LeaseOwner" LIKE @p""", victimPid) > 0, "the victim to hold the mailbox");
        using var survivor = AppProcess.Start(root, environment, out var survivorListening);
        var survivorPid = $"%:{survivor.Id}:%";
        await survivorListening.WaitAsync(TimeSpan.FromMinutes(2));
        await seedDueTimers();
        await Until(async () => !victim.HasExited && await Count(connection, """SELECT COUNT(*) FROM "Timers" WHERE "LeaseOwner" LIKE @p""", victimPid) > 0, "the victim to claim timers");

        var orphans = await Count(connection, """SELECT COUNT(*) FROM "Timers" WHERE "LeaseOwner" LIKE @p""", victimPid);
        victim.Kill();
        var killed = Stopwatch.StartNew();
        double? timers = null;
        double? mailbox = null;
        while ((timers is null || mailbox is null) && killed.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (timers is null && await Count(connection, """SELECT COUNT(*) FROM "Timers" WHERE "LeaseOwner" LIKE @p""", victimPid) == 0)
            {
                timers = killed.Elapsed.TotalSeconds;
            }

            if (mailbox is null && await Count(connection, """SELECT COUNT(*) FROM "MailboxCursors" WHERE "LeaseOwner" LIKE @p""", survivorPid) > 0)
            {
                mailbox = killed.Elapsed.TotalSeconds;
            }

            await Task.Delay(50);
        }

        survivor.Kill();
        Directory.Delete(data, recursive: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {timerLease} s / {mailboxLease} s | {orphans:N0} | {timers?.ToString("0.0", CultureInfo.InvariantCulture) ?? "> 300"} s | {mailbox?.ToString("0.0", CultureInfo.InvariantCulture) ?? "> 300"} s |"));
    }

    private static async Task Until(Func<Task<bool>> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<long> Count(NpgsqlConnection connection, string sql, string parameter)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
