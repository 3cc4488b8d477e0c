using RequestTracker.Access;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Mail.Delivery;
using RequestTracker.Mail.Intake;
using RequestTracker.Overview;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Data;

/// <summary>
/// Every query the background workers run (timer claim, renewal, next wake-up, a firing; outbox claim,
/// wake-up, release; the mailbox lease; the figures fold) and the dashboard's figures are captured as the app sends it, then explained on the same
/// database with the same parameters. A full table scan fails the test, so no later change brings one back
/// (at a million timers a scan costs a second per claim). SQLite: no "SCAN table" except an ordered index
/// walk under LIMIT (it stops at its first rows), json_each (the id list), the constant row of an EXISTS
/// and a derived table read whole. PostgreSQL: with sequential
/// scans disabled, no "Seq Scan" (an empty table would otherwise be scanned whatever the indexes).
/// </summary>
public abstract class QueryPlanTests
{
    private static readonly AsyncLocal<List<Captured>?> Capture = new();

    static QueryPlanTests() => DiagnosticListener.AllListeners.Subscribe(new ListenerObserver());

    protected abstract Task<TestDatabase> CreateDatabase();

    protected abstract Task<IReadOnlyList<string>> Explain(string connectionString, string statement, IReadOnlyList<(string Name, object? Value)> parameters);

    protected abstract string? FullScan(IReadOnlyList<string> plan, string statement);

    [Fact]
    public async Task Every_worker_and_dashboard_query_reads_through_an_index()
    {
        await using var database = await CreateDatabase();
        await using var host = new AppHost(database, new Dictionary<string, string?>
        {
            ["Workflows:Worker:Enabled"] = "false",
            ["Mail:Delivery:Enabled"] = "false",
            ["Mail:Digest:Enabled"] = "false",
        });
        host.StartServer();
        await Seed(host.Services);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        await db.Timers.ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, DateTime.UtcNow.AddMinutes(-1)));
        var authorityId = await db.Authorities.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var captured = new List<Captured>();
        Capture.Value = captured;

        var timers = services.GetRequiredService<TimerClaims>();
        var claim = await timers.Claim("plans", 10, TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.NotEmpty(claim.Ids);
        Assert.True(await timers.Renew(claim, TimeSpan.FromSeconds(10), CancellationToken.None));
        await timers.NextWakeUp(CancellationToken.None);
        await services.GetRequiredService<TimerFiring>().FireTimers(claim.Ids, claim.Token, CancellationToken.None);
        var outbox = services.GetRequiredService<OutboxClaims>();
        var emails = await outbox.Claim("plans", 10, TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.NotEmpty(emails.Ids);
        await outbox.NextWakeUp(CancellationToken.None);
        await outbox.Release(emails, CancellationToken.None);
        var mailbox = services.GetRequiredService<MailboxLease>();
        Assert.True(await mailbox.Take("INBOX", "plans", TimeSpan.FromSeconds(10), CancellationToken.None));
        await mailbox.Position("INBOX", CancellationToken.None);
        await services.GetRequiredService<CategoryCounter>().Fold(1000, CancellationToken.None);
        await services.GetRequiredService<TallyCounter>().Fold(1000, CancellationToken.None);
        await services.GetRequiredService<Figures>().Handle(CancellationToken.None);
        Assert.Equal(3, (await services.GetRequiredService<AuthorityFigures>().Handle(authorityId, CancellationToken.None)).Value!.RequestsSent);
        Capture.Value = null;

        var scans = new List<string>();
        var explained = 0;
        foreach (var command in captured)
        {
            foreach (var statement in command.Text.Split(";\n").Select(s => s.Trim().TrimEnd(';')).Where(s => s.Length > 0 && !s.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) && !OnlyBounded(s)))
            {
                var plan = await Explain(database.ConnectionString, statement, command.Parameters);
                explained++;
                if (FullScan(plan, statement) is { } scan)
                {
                    scans.Add($"{scan}\n  plan: {string.Join(" | ", plan)}\n  in: {statement}");
                }
            }
        }

        Assert.True(explained >= 12, $"only {explained} statements were captured");
        Assert.True(scans.Count == 0, "Full scans:\n" + string.Join("\n", scans));
    }

    /// <summary>
    /// A statement that reads only tables small by construction: one count per authority and category, and
    /// the deltas (of categories and of authorities' tallies) of the last seconds not yet folded. The dashboard reads those whole by design.
    /// </summary>
    private static bool OnlyBounded(string statement) =>
        new[] { "CategoryCounts", "CategoryDeltas", "AuthorityTallyDeltas" }.Any(t => statement.Contains($"\"{t}\"", StringComparison.Ordinal))
        && !new[] { "Workflows", "Timers", "Journal", "Outbox", "Requests", "Questions", "Authorities" }.Any(t => statement.Contains($"\"{t}\"", StringComparison.Ordinal));

    private static async Task Seed(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = (await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput("plans@test.example.org", "P", Roles.Advocate, "a long enough passphrase"))).Value!;
        var advocate = new CurrentUser(user.Id, false, false);
        var authority = (await services.GetRequiredService<SaveAuthority>().Create(
            new AuthorityInput("Planned Authority", "Test", "foi@example.org", "Europe/London", "uk-foia-2000", []), CancellationToken.None)).Value!;
        for (var i = 0; i < 3; i++)
        {
            await using var inner = root.CreateAsyncScope();
            var filed = await inner.ServiceProvider.GetRequiredService<FileRequest>().Handle(
                advocate, new RequestInput(authority.Id, $"Planned {i}", "Body", "", [new QuestionInput(QuestionCategory.Other, "Q1"), new QuestionInput(QuestionCategory.Other, "Q2")]), CancellationToken.None);
            await inner.ServiceProvider.GetRequiredService<SendRequest>().Handle(advocate, filed.Value!.Id, CancellationToken.None);
        }
    }

    private sealed record Captured(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    private sealed class ListenerObserver : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            // Before execution the command holds its text and parameters; only this async flow's commands count.
            if (Capture.Value is { } list && value.Value is CommandEventData { Command: var command } && value.Key == RelationalEventId.CommandExecuting.Name)
            {
                list.Add(new Captured(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}

public sealed class SqliteQueryPlanTests : QueryPlanTests
{
    protected override Task<TestDatabase> CreateDatabase() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    protected override async Task<IReadOnlyList<string>> Explain(string connectionString, string statement, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand("EXPLAIN QUERY PLAN " + statement, connection);
        foreach (var (name, value) in parameters.Where(p => statement.Contains(p.Name, StringComparison.Ordinal)))
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }

    protected override string? FullScan(IReadOnlyList<string> plan, string statement)
    {
        // A derived table (a co-routine or materialized subquery) is read whole by design; its own reads are
        // separate plan lines, checked like the rest.
        var derived = plan.Where(l => l.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || l.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(l => "SCAN " + l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToHashSet();
        // A sort under the statement's own (outermost, last) LIMIT read every matching row to keep the first
        // few: a scan by another name.
        var limited = statement.Contains("LIMIT", StringComparison.Ordinal);
        var outerLimit = System.Text.RegularExpressions.Regex.IsMatch(statement, @"LIMIT\s+\S+\s*$");
        return plan.FirstOrDefault(line =>
            (outerLimit && line.StartsWith("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal))
            || line.StartsWith("SCAN ", StringComparison.Ordinal)
            && !derived.Contains(line)
            && !line.StartsWith("SCAN (subquery-", StringComparison.Ordinal)
            && !line.Contains("json_each", StringComparison.Ordinal)
            && line != "SCAN CONSTANT ROW"
            && !(line.Contains(" USING ", StringComparison.Ordinal) && limited));
    }
}

public sealed class PostgresQueryPlanTests : QueryPlanTests
{
    protected override async Task<TestDatabase> CreateDatabase() => await PostgresTestDatabase.Create();

    protected override async Task<IReadOnlyList<string>> Explain(string connectionString, string statement, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand("EXPLAIN " + statement, connection);
        foreach (var (name, value) in parameters.Where(p => statement.Contains(p.Name, StringComparison.Ordinal)))
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    protected override string? FullScan(IReadOnlyList<string> plan, string statement) =>
        plan.FirstOrDefault(line => line.Contains("Seq Scan", StringComparison.Ordinal));
}
