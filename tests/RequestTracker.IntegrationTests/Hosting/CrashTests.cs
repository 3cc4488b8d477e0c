using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.IntegrationTests.Workflows;

namespace RequestTracker.IntegrationTests.Hosting;

/// <summary>The app killed (SIGKILL, not disposed) while its worker is firing due timers, then restarted.</summary>
public sealed partial class CrashTests : IDisposable
{
    private const int Requests = 20;
    private const int QuestionsPerRequest = 20;
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("rt-crash-");
    private readonly string _workflows = TestWorkflows.CreateFolder();

    [Fact]
    public async Task Every_due_timer_fires_exactly_once_across_a_kill_and_a_restart()
    {
        await using (var create = AppProcess.Start(Environment(worker: false), "users", "create", "--email", "admin@example.org", "--role", "Admin"))
        {
            Assert.Equal(0, await create.Exited());
            _password = create.Output.Select(l => PasswordLine().Match(l)).Single(m => m.Success).Groups[1].Value;
        }

        // Queue the work with the worker off, so every deadline is due when the next process starts.
        await using (var seeder = AppProcess.Start(Environment(worker: false), "--urls", "http://127.0.0.1:0"))
        {
            await Seed(await seeder.Listening());
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.FullName, "requesttracker.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        const int total = Requests * QuestionsPerRequest;
        Assert.Equal(total, await ExactlyOnce.Timers(connection));

        // Killed once a tenth of the deadlines have fired. Whether work is left at the kill or not (a fast
        // machine may finish first), what follows must hold: every timer fires once across both processes.
        await using (var victim = AppProcess.Start(Environment(worker: true), "--urls", "http://127.0.0.1:0"))
        {
            await victim.Listening();
            await Eventually.True(
                async () => await ExactlyOnce.Events(connection, "deadline-passed") >= total / 10,
                "a tenth of the deadlines fired before the kill", TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(20));
            await victim.Kill();
        }

        var firedBeforeKill = await ExactlyOnce.Events(connection, "deadline-passed");
        Console.WriteLine($"CrashTests: {firedBeforeKill} of {total} deadlines fired before the kill; {await ExactlyOnce.Timers(connection)} timers left.");

        await using var survivor = AppProcess.Start(Environment(worker: true), "--urls", "http://127.0.0.1:0");
        await survivor.Listening();
        await ExactlyOnce.UntilNoTimersLeft(connection, TimeSpan.FromMinutes(2));

        await ExactlyOnce.AssertEveryLadderRanOnce(connection, Requests, QuestionsPerRequest);
    }

    private string _password = string.Empty;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
        Directory.Delete(_workflows, recursive: true);
    }

    private Dictionary<string, string> Environment(bool worker) => new()
    {
        ["DataPath"] = _data.FullName,
        ["Workflows__Path"] = _workflows,
        ["Workflows__Worker__Enabled"] = worker ? "true" : "false",
        ["Workflows__Worker__BatchSize"] = "5",
        ["Workflows__Worker__LeaseSeconds"] = "3",
        ["Workflows__Worker__MaxIdleSeconds"] = "1",
    };

    private async Task Seed(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        using (var token = await client.PostAsJsonAsync("/api/auth/token", new { email = "admin@example.org", password = _password }))
        {
            var access = (await token.Json(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        }

        using var authority = await client.PostAsJsonAsync("/api/authorities", new
        {
            name = "Crash-tested Authority",
            jurisdiction = "Test",
            contactEmail = "foi@example.org",
            timeZone = "Etc/UTC",
            lawId = TestWorkflows.SecondsLaw,
        });
        var authorityId = (await authority.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var questions = Enumerable.Range(1, QuestionsPerRequest).Select(i => new { category = "other", text = $"Q{i}" }).ToArray();
        for (var i = 0; i < Requests; i++)
        {
            using var filed = await client.PostAsJsonAsync("/api/requests", new { authorityId, title = $"R{i}", body = "Body", questions });
            var id = (await filed.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
            using var sent = await client.PostAsync($"/api/requests/{id}/send", null);
            await sent.Json(HttpStatusCode.OK);
        }
    }

    [GeneratedRegex(@"^Password: (\S+)$")]
    private static partial Regex PasswordLine();
}
