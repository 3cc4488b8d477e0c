using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Requests;

namespace RequestTracker.Benchmarks;

/// <summary>
/// Copies one template request of ten questions N times in SQL (INSERT ... SELECT over a numbers source), so a
/// million questions take seconds, not the hours the API would. Live copies wait for a deadline or the next
/// step of the ladder, with timers days ahead; history copies are answered, refused or not held, with no timer.
/// Every copy gets a "started" journal entry, history one more for its outcome.
/// </summary>
internal static class ScaleSeed
{
    public const int QuestionsPerRequest = 10;

    /// <remarks>
    /// <paramref name="chained"/>: the journal entries take their place in their request's chain (a placeholder hash, as
    /// if sealed long ago), so the app has nothing to seal; false leaves them as a database upgraded from before the
    /// chain holds them, for the start-up benchmark.
    /// </remarks>
    public static async Task Copies(AppDbContext db, int templateRequestId, int requests, bool history, bool chained = true)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var positions = await db.Questions.Where(q => q.RequestId == templateRequestId).Select(q => q.Position).OrderBy(p => p).ToListAsync();
        if (!positions.SequenceEqual(Enumerable.Range(1, QuestionsPerRequest)))
        {
            throw new InvalidOperationException($"The template request needs questions 1 to {QuestionsPerRequest}.");
        }

        var requestBase = await db.Requests.MaxAsync(r => r.Id);
        var questionBase = await db.Questions.MaxAsync(q => q.Id);
        var postgres = db.Database.IsNpgsql();
        var numbers = postgres
            ? $"generate_series(1, {requests}) AS n(i)"
            : $"(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {requests}) SELECT i FROM s) AS n";
        var questionId = $"{questionBase} + (n.i - 1) * {QuestionsPerRequest} + q.\"Position\"";
        var requestId = $"{requestBase} + n.i";
        var now = DateTime.UtcNow;
        var due = now.AddDays(3);
        var state = history
            ? "CASE n.i % 3 WHEN 0 THEN 'answered' WHEN 1 THEN 'refused' ELSE 'not-held' END"
            : "CASE n.i % 3 WHEN 0 THEN 'escalating' ELSE 'awaiting-response' END";
        var category = history
            ? "CASE n.i % 3 WHEN 0 THEN 'answered' WHEN 1 THEN 'refused' ELSE 'closed' END"
            : "CASE n.i % 3 WHEN 0 THEN 'escalated' ELSE 'open' END";

        // History has answered, refused and not-held outcomes over 0-59 days, a quarter of them late.
        var outcome = history
            ? $"{state}, {{0}}, n.i % 60, {(postgres ? "n.i % 4 <> 0" : "(n.i % 4 <> 0)")}"
            : "NULL, NULL, NULL, NULL";
        var nextStep = history ? "NULL" : "CASE n.i % 3 WHEN 0 THEN {0} ELSE NULL END";
        var sequence = history ? 2 : 1;
        await Execute(db, $$"""
            INSERT INTO "Requests" ("Id", "AuthorityId", "Body", "CreatedAt", "LegalBasis", "OwnerId", "SentAt", "Status", "Title", "UpdatedAt", "Version", "WithdrawnAt")
            SELECT {{requestId}}, t."AuthorityId", t."Body", t."CreatedAt", t."LegalBasis", t."OwnerId", t."SentAt", t."Status", t."Title" || ' ' || n.i, t."UpdatedAt", t."Version", t."WithdrawnAt"
            FROM "Requests" AS t CROSS JOIN {{numbers}} WHERE t."Id" = {{templateRequestId}}
            """);
        await Execute(db, $$"""
            INSERT INTO "Questions" ("Id", "Category", "Position", "RequestId", "Text")
            SELECT {{questionId}}, q."Category", q."Position", {{requestId}}, q."Text" || ' of request ' || n.i
            FROM "Questions" AS q CROSS JOIN {{numbers}} WHERE q."RequestId" = {{templateRequestId}}
            """);
        await Execute(db, $$"""
            INSERT INTO "Workflows" ("QuestionId", "AuthorityId", "OwnerId", "CalendarHash", "Category", "ClockStoppedAt", "DocumentReference", "DueAt", "DueComputation", "EarliestDueAt",
                "DueOn", "EscalationLevel", "Exemption", "ExtensionsUsed", "LadderEndAt", "LawHash", "LawId", "LifecycleHash", "LifecycleId", "LifecycleVersion", "NextStepAt", "RequestId",
                "RightsLapseAt", "RightsWarningAt", "Sequence", "StartedAt", "State", "UpdatedAt", "Zone", "OutcomeKind", "OutcomeAt", "OutcomeDays", "OutcomeOnTime")
            SELECT {{questionId}}, w."AuthorityId", w."OwnerId", w."CalendarHash", {{category}}, NULL, NULL, {0}, w."DueComputation", NULL,
                {1}, 0, NULL, 0, NULL, w."LawHash", w."LawId", w."LifecycleHash", w."LifecycleId", w."LifecycleVersion", {{nextStep}}, {{requestId}},
                NULL, NULL, {{sequence}}, w."StartedAt", {{state}}, w."UpdatedAt", w."Zone", {{outcome}}
            FROM "Workflows" AS w JOIN "Questions" AS q ON q."Id" = w."QuestionId" CROSS JOIN {{numbers}} WHERE w."RequestId" = {{templateRequestId}}
            """, history ? now.AddDays(-30) : due, DateOnly.FromDateTime(history ? now.AddDays(-30) : due));
        if (!history)
        {
            await Execute(db, $$"""
                INSERT INTO "Timers" ("Attempts", "CreatedAt", "DueAt", "Instant", "LeaseOwner", "LeaseUntil", "QuestionId", "Sequence", "Trigger")
                SELECT 0, {0}, {1}, CASE n.i % 3 WHEN 0 THEN 'next-step' ELSE 'deadline' END, NULL, NULL, {{questionId}}, 1, CASE n.i % 3 WHEN 0 THEN 'step-due' ELSE 'deadline-passed' END
                FROM "Questions" AS q CROSS JOIN {{numbers}} WHERE q."RequestId" = {{templateRequestId}}
                """, now, due);
        }

        await Execute(db, $$"""
            INSERT INTO "Journal" ("Actor", "At", "Event", "FromState", "Note", "QuestionId", "RequestId", "Rule", "ScheduledFor", "ToState", "ChainSeq", "Hash")
            SELECT 'bench', {0}, 'started', NULL, 'Sent to the authority.', {{questionId}}, {{requestId}}, '', NULL, 'awaiting-response', {{Seq(chained, 0)}}, {{Sealed(chained)}}
            FROM "Questions" AS q CROSS JOIN {{numbers}} WHERE q."RequestId" = {{templateRequestId}}
            """, now.AddDays(-40));
        if (history)
        {
            await Execute(db, $$"""
                INSERT INTO "Journal" ("Actor", "At", "Event", "FromState", "Note", "QuestionId", "RequestId", "Rule", "ScheduledFor", "ToState", "ChainSeq", "Hash")
                SELECT 'bench', {0}, {{state}}, 'awaiting-response', 'Recorded by the advocate.', {{questionId}}, {{requestId}}, '', NULL, {{state}}, {{Seq(chained, QuestionsPerRequest)}}, {{Sealed(chained)}}
                FROM "Questions" AS q CROSS JOIN {{numbers}} WHERE q."RequestId" = {{templateRequestId}}
                """, now.AddDays(-30));
        }

        if (postgres)
        {
            // Explicit ids leave the identity sequences behind.
            await db.Database.ExecuteSqlRawAsync("""
                SELECT setval(pg_get_serial_sequence('"Requests"', 'Id'), (SELECT MAX("Id") FROM "Requests"));
                SELECT setval(pg_get_serial_sequence('"Questions"', 'Id'), (SELECT MAX("Id") FROM "Questions"));
                """);
        }
    }

    /// <summary>A copy's place in its request's chain: one entry per question (its position), after <paramref name="after"/> entries.</summary>
    private static string Seq(bool chained, int after) => chained ? $"{after} + q.\"Position\"" : "NULL";

    private static string Sealed(bool chained) => chained ? "'seeded'" : "NULL";

    /// <remarks>The SQL is built from numbers and fixed fragments only; values go in as parameters.</remarks>
    private static Task<int> Execute(AppDbContext db, string sql, params object[] parameters) => db.Database.ExecuteSqlRawAsync(sql, parameters);
}
