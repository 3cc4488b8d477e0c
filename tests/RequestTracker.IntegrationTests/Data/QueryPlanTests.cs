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

        var (explained, scans) = await ExplainAll(database, captured, pages: false);
        Assert.True(explained >= 12, $"only {explained} statements were captured");
        Assert.True(scans.Count == 0, "Full scans:\n" + string.Join("\n", scans));
    }

    /// <summary>
    /// Every query behind the pages a manager and an advocate read, with every filter the questions list offers alone and
    /// in pairs, on a database whose history (closed questions) is ten times the page: explained, none may scan a table
    /// that grows with history — not even along an index in order under a LIMIT, which is how "overdue" once walked a
    /// million closed questions to find fifty — and, where the database can say (PostgreSQL), none may read more rows
    /// than a few pages.
    /// </summary>
    [Fact]
    public async Task Every_page_query_reads_a_few_pages_of_rows_whatever_the_history()
    {
        await using var database = await CreateDatabase();
        await using var host = new AppHost(database, new Dictionary<string, string?>
        {
            ["Workflows:Worker:Enabled"] = "false",
            ["Mail:Delivery:Enabled"] = "false",
            ["Mail:Digest:Enabled"] = "false",
        });
        host.StartServer();
        var (advocate, authorityId) = await Seed(host.Services, requests: 60, questions: 10);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        // History: all but the first two requests' questions answered long ago; of those two, some escalated, some past their deadline.
        var live = await db.Requests.OrderBy(r => r.Id).Select(r => r.Id).Take(2).ToListAsync();
        var history = await db.Requests.MaxAsync(r => r.Id);
        await db.Workflows.Where(w => !live.Contains(w.RequestId)).ExecuteUpdateAsync(u => u.SetProperty(w => w.State, "answered").SetProperty(w => w.Category, Definitions.StateCategory.Answered));
        await db.Workflows.Where(w => w.RequestId == live[0]).ExecuteUpdateAsync(u => u.SetProperty(w => w.State, "escalating").SetProperty(w => w.Category, Definitions.StateCategory.Escalated));
        await db.Workflows.Where(w => w.RequestId == live[1]).ExecuteUpdateAsync(u => u.SetProperty(w => w.DueAt, DateTime.UtcNow.AddDays(-1)));
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE" : "ANALYZE");
        var manager = new CurrentUser("plans-manager", true, false);
        var owner = advocate.Id;
        var authority = authorityId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var filters = new (string? Category, string? State, string? Authority, string? Law, string? Owner, string? Overdue, string? DueSoon, string? DueBefore)[]
        {
            (null, null, null, null, null, null, null, null),
            ("open", null, null, null, null, null, null, null),
            ("refused", null, null, null, null, null, null, null),
            (null, "escalating", null, null, null, null, null, null),
            (null, null, authority, null, null, null, null, null),
            (null, null, null, "uk-foia-2000", null, null, null, null),
            (null, null, null, null, owner, null, null, null),
            (null, null, null, null, null, "true", null, null),
            (null, null, null, null, null, "false", null, null),
            (null, null, null, null, null, null, "true", null),
            (null, null, null, null, null, null, null, "2030-01-01"),
            (null, null, authority, null, null, "true", null, null),
            (null, null, null, null, owner, "true", null, null),
            ("escalated", null, authority, null, null, null, null, null),
            (null, "escalating", null, null, owner, null, null, null),
            (null, null, authority, "uk-foia-2000", owner, null, "true", null),
        };
        var captured = new List<Captured>();
        Capture.Value = captured;
        var list = services.GetRequiredService<ListQuestions>();
        foreach (var user in new[] { manager, advocate })
        {
            foreach (var f in filters)
            {
                var page = await list.Handle(user, new QuestionFilter(f.Category, f.State, f.Authority, f.Law, f.Owner, f.Overdue, f.DueSoon, f.DueBefore, null, "10"), CancellationToken.None);
                Assert.NotNull(page.Value);
            }

            Assert.NotNull((await services.GetRequiredService<DescribeWorkflows>().Get(user, "question", null, CancellationToken.None)).Value);
            Assert.NotNull((await services.GetRequiredService<ListRequests>().Handle(user, new ListRequestsQuery(null, authority, null, "10"), CancellationToken.None)).Value);
            Assert.NotNull((await services.GetRequiredService<ListRequests>().Handle(user, new ListRequestsQuery(null, null, null, "10"), CancellationToken.None)).Value);

            // A request's page, as RequestPageReader reads it, for a live request and one of history.
            foreach (var id in new[] { live[0], history })
            {
                Assert.NotNull((await services.GetRequiredService<GetRequest>().Handle(user, id, CancellationToken.None)).Value);
                Assert.NotEmpty(await services.GetRequiredService<Questions.GetQuestion>().OfRequest(user, id, CancellationToken.None));
                Assert.NotEmpty(await services.GetRequiredService<Questions.ReadJournal>().OfRequest(user, id, CancellationToken.None));
                Assert.NotNull((await services.GetRequiredService<Correspondence.ReadCorrespondence>().Handle(user, id, CancellationToken.None)).Value);
                await services.GetRequiredService<Letters.ReviewLetter>().OfRequest(user, id, CancellationToken.None);
                await services.GetRequiredService<Publishing.Publish>().Of(id, CancellationToken.None);
            }
        }

        // Filing a request (the API answers with the request as GetRequest reads it).
        await using (var filing = host.Services.CreateAsyncScope())
        {
            var filed = await filing.ServiceProvider.GetRequiredService<FileRequest>().Handle(advocate,
                new RequestInput(authorityId, "Planned", "Body", "", [new QuestionInput(QuestionCategory.Other, "Q")]), CancellationToken.None);
            Assert.NotNull(filed.Value);
        }

        Capture.Value = null;

        var (explained, scans) = await ExplainAll(database, captured, pages: true);
        Assert.True(explained >= 2 * filters.Length, $"only {explained} statements were captured");
        Assert.True(scans.Count == 0, "Scans of history:\n" + string.Join("\n", scans));
    }

    /// <summary>
    /// Explains every captured statement (inserts and statements over small tables aside); returns how many, and each that
    /// scans. <paramref name="pages"/>: the stricter rule for pages, with the rows each read where the database can say.
    /// </summary>
    private async Task<(int Explained, List<string> Scans)> ExplainAll(TestDatabase database, IEnumerable<Captured> captured, bool pages)
    {
        var scans = new List<string>();
        var explained = 0;
        foreach (var command in captured)
        {
            foreach (var statement in command.Text.Split(";\n").Select(s => s.Trim().TrimEnd(';')).Where(s => s.Length > 0 && !s.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) && !OnlyBounded(s)))
            {
                var plan = await Explain(database.ConnectionString, statement, command.Parameters);
                explained++;
                if ((pages ? PageScan(plan, statement) : FullScan(plan, statement)) is { } scan)
                {
                    scans.Add($"{scan}\n  plan: {string.Join(" | ", plan)}\n  in: {statement}");
                }
                else if (pages && await RowsRead(database.ConnectionString, statement, command.Parameters) is > PageRows and var rows)
                {
                    scans.Add($"read {rows} rows\n  plan: {string.Join(" | ", plan)}\n  in: {statement}");
                }
            }
        }

        return (explained, scans);
    }

    /// <summary>What a page query may read: ten rows from each of the seven categories' ranges, and their joins, with room to spare.</summary>
    private const int PageRows = 200;

    /// <summary>A page query's scan of a table that grows with history, even along an index: null when there is none.</summary>
    protected abstract string? PageScan(IReadOnlyList<string> plan, string statement);

    /// <summary>The rows a statement read, counted by running it (EXPLAIN ANALYZE); null where the database cannot say.</summary>
    protected abstract Task<long?> RowsRead(string connectionString, string statement, IReadOnlyList<(string Name, object? Value)> parameters);

    /// <summary>
    /// A statement that reads only tables small by construction: one count per authority and category, and
    /// the deltas (of categories and of authorities' tallies) of the last seconds not yet folded. The dashboard reads those whole by design.
    /// </summary>
    private static bool OnlyBounded(string statement) =>
        new[] { "CategoryCounts", "CategoryDeltas", "AuthorityTallyDeltas", "StateCounts", "StateDeltas" }.Any(t => statement.Contains($"\"{t}\"", StringComparison.Ordinal))
        && !new[] { "Workflows", "Timers", "Journal", "Outbox", "Requests", "Questions", "Authorities" }.Any(t => statement.Contains($"\"{t}\"", StringComparison.Ordinal));

    private static async Task Seed(IServiceProvider root) => await HostSeed.Requests(root, 3, 2);

    private static Task<(CurrentUser Advocate, int AuthorityId)> Seed(IServiceProvider root, int requests, int questions) => HostSeed.Requests(root, requests, questions);

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
    /// <summary>Tables that grow with history: a page may only seek into them (SEARCH), never walk them (SCAN), with or without an index.</summary>
    private static readonly string[] Growing = ["Workflows", "Questions", "Requests", "Journal", "Timers", "Outbox", "Inbox", "Letters"];

    protected override string? PageScan(IReadOnlyList<string> plan, string statement)
    {
        var aliases = Growing.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(statement, $"\"{t}\" AS \"?(\\w+)").Select(m => m.Groups[1].Value).Append(t)).ToHashSet();
        // A walk in order that no condition filters stops at its LIMIT (the newest page of everything); one that is
        // filtered walks until enough rows pass, which is every row when few do.
        return plan.FirstOrDefault(line => line.StartsWith("SCAN ", StringComparison.Ordinal) && aliases.Contains(line.Split(' ')[1]) && Filtered(statement, line.Split(' ')[1]))
            ?? plan.FirstOrDefault(line => line.StartsWith("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(statement, @"LIMIT\s+\S+\s*$"));
    }

    protected override Task<long?> RowsRead(string connectionString, string statement, IReadOnlyList<(string Name, object? Value)> parameters) => Task.FromResult<long?>(null);

    /// <summary>Whether any WHERE of the statement names a column of <paramref name="alias"/>.</summary>
    private static bool Filtered(string statement, string alias) =>
        System.Text.RegularExpressions.Regex.Matches(statement, @"WHERE\s(.*?)(?=ORDER BY|GROUP BY|LIMIT|SELECT|FROM|\)\s*,|\)\s*AS|$)", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Any(m => m.Groups[1].Value.Contains($"\"{alias}\".", StringComparison.Ordinal));

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

    protected override string? PageScan(IReadOnlyList<string> plan, string statement) => FullScan(plan, statement);

    protected override async Task<long?> RowsRead(string connectionString, string statement, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var plan = await Run(connectionString, "EXPLAIN (ANALYZE, TIMING OFF) " + statement, parameters);
        // Every scan node's rows and the rows its filter dropped, per loop, times its loops (a bitmap's index half is its heap half's rows again).
        long total = 0;
        for (var i = 0; i < plan.Count; i++)
        {
            var node = System.Text.RegularExpressions.Regex.Match(plan[i], @"(Seq Scan|(?<!Bitmap )Index Scan|Index Only Scan|Bitmap Heap Scan).*actual rows=(\d+(?:\.\d+)?) loops=(\d+)");
            if (!node.Success)
            {
                continue;
            }

            var loops = long.Parse(node.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            var rows = (long)double.Parse(node.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var removed = plan.Skip(i + 1).TakeWhile(l => !l.Contains("->", StringComparison.Ordinal))
                .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"Rows Removed by (?:Filter|Index Recheck): (\d+)")).Where(m => m.Success)
                .Sum(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            total += (rows + removed) * loops;
        }

        return total;
    }

    private static async Task<List<string>> Run(string connectionString, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // On tables this small a scan, a hash of a whole table or a merge along one costs PostgreSQL less than a few
        // seeks; at scale it seeks. Told to seek, a page must then read a page: else no index serves it.
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off; SET enable_hashjoin = off; SET enable_mergejoin = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Name, StringComparison.Ordinal)))
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
}
