using System.Data.Common;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>Checks over the raw tables, in SQL that reads the same on SQLite and PostgreSQL.</summary>
internal static class ExactlyOnce
{
    /// <summary>How many (question, workflow event) pairs of the journal occur more than once: must be 0 (each email sent is journaled too, by design).</summary>
    public static Task<long> DuplicateEvents(DbConnection connection) =>
        Scalar(connection, """SELECT COUNT(*) FROM (SELECT "QuestionId", "Event" FROM "Journal" WHERE "Event" NOT LIKE 'email-%' GROUP BY "QuestionId", "Event" HAVING COUNT(*) > 1) d""");

    public static Task<long> Events(DbConnection connection, string @event) =>
        Scalar(connection, $"""SELECT COUNT(*) FROM "Journal" WHERE "Event" = '{@event}'""");

    public static Task<long> Timers(DbConnection connection) => Scalar(connection, """SELECT COUNT(*) FROM "Timers" """);

    public static Task<long> Emails(DbConnection connection, string template) =>
        Scalar(connection, $"""SELECT COUNT(*) FROM "Outbox" WHERE "Template" = '{template}'""");

    public static async Task<List<string>> TimerActors(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT DISTINCT "Actor" FROM "Journal" WHERE "Actor" LIKE 'timer@%'""";
        await using var reader = await command.ExecuteReaderAsync();
        var actors = new List<string>();
        while (await reader.ReadAsync())
        {
            actors.Add(reader.GetString(0));
        }

        return actors;
    }

    /// <summary>
    /// Every question of the seconds-scale regime ran its whole ladder once: one deadline, one step, one
    /// end; one request email and one reminder per request (the dedup key joins a request's questions).
    /// </summary>
    public static async Task AssertEveryLadderRanOnce(DbConnection connection, int requests, int questionsPerRequest)
    {
        var total = requests * questionsPerRequest;
        Assert.Equal(0, await DuplicateEvents(connection));
        Assert.Equal(total, await Events(connection, "deadline-passed"));
        Assert.Equal(total, await Events(connection, "step-due"));
        Assert.Equal(total, await Events(connection, "ladder-exhausted"));
        Assert.Equal(requests, await Emails(connection, "request"));
        Assert.Equal(requests, await Emails(connection, "reminder"));
        await AssertCountsEqualRecount(connection);
        await AssertChainsIntact(connection);
    }

    /// <summary>
    /// Every request's journal is one unbroken hash chain: racing writers (two runtimes, a killed process) neither
    /// forked it nor left an entry out; each entry's hash recomputed from its columns as read back.
    /// </summary>
    public static async Task AssertChainsIntact(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "RequestId", "QuestionId", "At", "ScheduledFor", "Event", "FromState", "ToState", "Actor", "Note", "Rule", "ChainSeq", "PrevHash", "Hash"
            FROM "Journal" ORDER BY "RequestId", "ChainSeq", "Id"
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var walk = new RequestTracker.Runtime.ChainWalk();
        while (await reader.ReadAsync())
        {
            var broken = walk.Step(new RequestTracker.Runtime.JournalEntry
            {
                Id = reader.GetInt64(0),
                RequestId = reader.GetInt32(1),
                QuestionId = reader.GetInt32(2),
                At = DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc),
                ScheduledFor = reader.IsDBNull(4) ? null : DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc),
                Event = reader.GetString(5),
                FromState = reader.IsDBNull(6) ? null : reader.GetString(6),
                ToState = reader.IsDBNull(7) ? null : reader.GetString(7),
                Actor = reader.GetString(8),
                Note = reader.GetString(9),
                Rule = reader.GetString(10),
                ChainSeq = reader.IsDBNull(11) ? null : reader.GetInt32(11),
                PrevHash = reader.IsDBNull(12) ? null : reader.GetString(12),
                Hash = reader.IsDBNull(13) ? null : reader.GetString(13),
            });
            Assert.True(broken is null, $"Journal chain broken at entry {broken?.EntryId} of request {broken?.RequestId}: {broken?.Reason}");
        }

        Assert.True(walk.Entries > 0, "the journal has entries");
    }

    /// <summary>The maintained counts per category and per state (folded plus pending deltas) equal a full recount.</summary>
    public static async Task AssertCountsEqualRecount(DbConnection connection)
    {
        const string counted = """
            SELECT "Category", "AuthorityId", SUM("N") FROM (
                SELECT "Category", "AuthorityId", "Count" AS "N" FROM "CategoryCounts"
                UNION ALL SELECT "Category", "AuthorityId", "Delta" FROM "CategoryDeltas") AS "All"
            GROUP BY "Category", "AuthorityId" HAVING SUM("N") <> 0 ORDER BY 1, 2
            """;
        const string recounted = """
            SELECT "Category", "AuthorityId", COUNT(*) FROM "Workflows" GROUP BY "Category", "AuthorityId" ORDER BY 1, 2
            """;
        Assert.Equal(await Rows(connection, recounted), await Rows(connection, counted));
        // The workflow page's counts per state and advocate, the same way.
        const string stated = """
            SELECT "LifecycleId" || ':' || "State", "OwnerId", SUM("N") FROM (
                SELECT "LifecycleId", "State", "OwnerId", "Count" AS "N" FROM "StateCounts"
                UNION ALL SELECT "LifecycleId", "State", "OwnerId", "Delta" FROM "StateDeltas") AS "All"
            GROUP BY "LifecycleId", "State", "OwnerId" HAVING SUM("N") <> 0 ORDER BY 1, 2
            """;
        const string restated = """
            SELECT "LifecycleId" || ':' || "State", "OwnerId", COUNT(*) FROM "Workflows" GROUP BY "LifecycleId", "State", "OwnerId" ORDER BY 1, 2
            """;
        Assert.Equal(await Rows(connection, restated), await Rows(connection, stated));
    }

    private static async Task<List<string>> Rows(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetValue(0)}/{reader.GetValue(1)}: {Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return rows;
    }

    /// <summary>Polls until no timer is left (the ladders have run out) or the time limit passes.</summary>
    public static async Task UntilNoTimersLeft(DbConnection connection, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (await Timers(connection) > 0)
        {
            Assert.True(DateTime.UtcNow < until, $"Timers still pending after {limit}: {await Timers(connection)}");
            await Task.Delay(250);
        }
    }

    private static async Task<long> Scalar(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
