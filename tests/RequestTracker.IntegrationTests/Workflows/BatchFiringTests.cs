using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.Runtime;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>A claimed batch fires in one commit; a question changed by someone else meanwhile costs only its own timer.</summary>
public sealed class BatchFiringTests
{
    // Monday 10 January 2022, 09:00 in London (GMT); the UK deadline passes at the end of Monday 7 February.
    private static readonly DateTimeOffset Sent = new(2022, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_question_changed_during_the_batch_costs_only_its_own_timer()
    {
        var change = new ConcurrentChange();
        var (harness, advocate) = await RuntimeHarness.Start(Sent, services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(change)));
        await using var _ = harness;
        change.ConnectionString = harness.ConnectionString;
        var (_, questions) = await harness.Send(advocate, await harness.Authority("uk-foia-2000"), questions: 4);
        change.QuestionId = questions[2];
        harness.Clock.SetUtcNow(new DateTimeOffset(2022, 2, 8, 0, 0, 1, TimeSpan.Zero));

        var claimed = await harness.Host.Services.GetRequiredService<TimerWorker>().RunOnce(CancellationToken.None);

        Assert.Equal(4, claimed);
        // The batch's commit failed on question 3 (its Sequence moved) and nothing of it was kept; then each
        // timer went alone: three fired, question 3's timer, armed for a state that is gone, was discarded.
        Assert.Equal(1, change.Fired);
        foreach (var question in questions)
        {
            var events = (await harness.Journal(question)).Select(j => j.Event).ToList();
            Assert.Equal(question == questions[2] ? ["started"] : ["started", "deadline-passed"], events);
        }

        Assert.Empty(await harness.Db(db => db.Timers.Where(t => t.QuestionId == questions[2]).ToListAsync()));
        Assert.Equal(3, await harness.Db(db => db.Workflows.CountAsync(w => w.State != "awaiting-response" && questions.Contains(w.QuestionId))));
    }

    /// <summary>
    /// Another replica's commit on one question, landing while the batch is being saved (once, on the first
    /// save that fires more than one timer).
    /// </summary>
    private sealed class ConcurrentChange : SaveChangesInterceptor
    {
        public string ConnectionString { get; set; } = string.Empty;

        public int? QuestionId { get; set; }

        public int Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var firings = eventData.Context!.ChangeTracker.Entries<JournalEntry>().Count(j => j.State == EntityState.Added && j.Entity.Event == "deadline-passed");
            if (QuestionId is { } id && firings > 1 && Fired == 0)
            {
                Fired++;
                await using var other = new SqliteConnection(ConnectionString);
                await other.OpenAsync(cancellationToken);
                await using var bump = other.CreateCommand();
                bump.CommandText = """UPDATE "Workflows" SET "Sequence" = "Sequence" + 1 WHERE "QuestionId" = $id""";
                bump.Parameters.AddWithValue("$id", id);
                Assert.Equal(1, await bump.ExecuteNonQueryAsync(cancellationToken));
            }

            return result;
        }
    }
}
