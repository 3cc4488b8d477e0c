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
        var web = Path.Combine(root, "src", "RequestTracker.Web");
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

        using var victim = Start(web, environment, out var victimListening);
        var victimPid = $"%:{victim.Id}:%";
        await victimListening.WaitAsync(TimeSpan.FromMinutes(2));
        await Until(async () => !victim.HasExited && await Count(connection, """SELECT COUNT(*) FROM "MailboxCursors" WHERE "LeaseOwner" LIKE @p""", victimPid) > 0, "the victim to hold the mailbox");
        using var survivor = Start(web, environment, out var survivorListening);
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

    private static Process Start(string web, Dictionary<string, string> environment, out Task listening)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        listening = started.Task;
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = web, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(web, "bin", "Release", "net10.0", "RequestTracker.Web.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:0");
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the app.");
        // The replicas' output is kept for when a run times out: BENCH_LOG names a file to append it to.
        var log = Environment.GetEnvironmentVariable("BENCH_LOG");
        void Keep(object sender, DataReceivedEventArgs e)
        {
            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }

            if (log is not null && e.Data is not null)
            {
                lock (web)
                {
                    File.AppendAllText(log, $"[{process.Id}] {e.Data}\n");
                }
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
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
