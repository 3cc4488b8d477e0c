using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Benchmarks;

/// <summary>
/// The baseline: the same rows touched per timer as the engine's write path (read the timer and the
/// question, update the state with its token, delete the timer, insert the next timer and a journal
/// entry), as hand-written SQL in one loop on one connection, committing every <c>perCommit</c> timers as
/// the engine commits a chunk of its claim.
/// </summary>
internal static class BareLoop
{
    public static async Task<int> Drain(AppDbContext db, int perCommit)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var fired = 0;
        var now = DateTime.UtcNow;
        while (true)
        {
            var ids = new List<(long Id, int QuestionId, int Sequence)>();
            await using (var select = Command(connection, null, """SELECT "Id", "QuestionId", "Sequence" FROM "Timers" WHERE "DueAt" <= @now AND "Instant" = 'deadline' ORDER BY "DueAt" LIMIT 500""", ("now", now)))
            await using (var reader = await select.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    ids.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2)));
                }
            }

            if (ids.Count == 0)
            {
                return fired;
            }

            foreach (var chunk in ids.Chunk(perCommit))
            {
                await using var tx = await connection.BeginTransactionAsync();
                foreach (var (id, questionId, sequence) in chunk)
                {
                    await using (var read = Command(connection, tx, """SELECT "State", "Sequence", "RequestId" FROM "Workflows" WHERE "QuestionId" = @q""", ("q", questionId)))
                    {
                        await read.ExecuteScalarAsync();
                    }

                    await Execute(connection, tx, """UPDATE "Workflows" SET "State" = 'escalating', "Category" = 'escalated', "Sequence" = "Sequence" + 1, "UpdatedAt" = @now WHERE "QuestionId" = @q AND "Sequence" = @s""", ("now", now), ("q", questionId), ("s", sequence));
                    await Execute(connection, tx, """DELETE FROM "Timers" WHERE "Id" = @id""", ("id", id));
                    await Execute(connection, tx, """INSERT INTO "Timers" ("QuestionId", "Instant", "Trigger", "DueAt", "Sequence", "Attempts", "CreatedAt") VALUES (@q, 'next-step', 'step-due', @later, @s, 0, @now)""",
                        ("q", questionId), ("later", now.AddDays(1)), ("s", sequence + 1), ("now", now));
                    await Execute(connection, tx, """INSERT INTO "Journal" ("QuestionId", "RequestId", "At", "Event", "FromState", "ToState", "Actor", "Note", "Rule") VALUES (@q, 0, @now, 'deadline-passed', 'awaiting-response', 'escalating', 'bare', '', '')""",
                        ("q", questionId), ("now", now));
                }

                await tx.CommitAsync();
                fired += chunk.Length;
            }
        }
    }

    private static async Task Execute(DbConnection connection, DbTransaction tx, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
