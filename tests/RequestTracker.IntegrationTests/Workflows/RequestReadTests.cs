using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.Questions;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>A request's page reads its questions and journals in a fixed number of queries, and reads them as one question's page does.</summary>
public sealed class RequestReadTests
{
    private static readonly DateTimeOffset Sent = new(2022, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Twenty_questions_cost_the_queries_of_two_and_read_the_same_as_one_by_one()
    {
        var commands = new CommandCount();
        var (harness, advocate) = await RuntimeHarness.Start(Sent, services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(commands)));
        await using var _ = harness;
        var authority = await harness.Authority("uk-foia-2000");
        var (small, _) = await harness.Send(advocate, authority, questions: 2);
        var (large, questions) = await harness.Send(advocate, authority, questions: 20);
        await harness.RunUntil(Sent.AddDays(40)); // deadline passed, reminder and review taken: journals of several entries
        await harness.Act(advocate, questions[3], "answered", new Runtime.ActionInput(null, "Letter 22/7", null, null));

        async Task<(int Queries, IReadOnlyList<QuestionView> Views, Dictionary<int, IReadOnlyList<JournalView>> Journals)> Read(int requestId)
        {
            await using var scope = harness.Host.Services.CreateAsyncScope();
            var get = scope.ServiceProvider.GetRequiredService<GetQuestion>();
            var journal = scope.ServiceProvider.GetRequiredService<ReadJournal>();
            using var counting = commands.Begin();
            var views = await get.OfRequest(advocate, requestId, CancellationToken.None);
            var journals = await journal.OfRequest(advocate, requestId, CancellationToken.None);
            return (counting.Count, views, journals);
        }

        var two = await Read(small);
        var twenty = await Read(large);

        Assert.Equal(2, two.Views.Count);
        Assert.Equal(20, twenty.Views.Count);
        Assert.Equal(two.Queries, twenty.Queries);
        Assert.InRange(twenty.Queries, 1, 8);
        foreach (var view in twenty.Views)
        {
            var alone = (await harness.With<GetQuestion, Handling.Outcome<QuestionView>>(g => g.Handle(advocate, view.Id, CancellationToken.None))).Value!;
            var journal = (await harness.With<ReadJournal, Handling.Outcome<IReadOnlyList<JournalView>>>(r => r.Handle(advocate, view.Id, CancellationToken.None))).Value!;
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(alone), System.Text.Json.JsonSerializer.Serialize(view));
            Assert.Equal(journal, twenty.Journals[view.Id]);
            Assert.True(journal.Count >= 3, $"question {view.Position} has {journal.Count} journal entries");
        }

        Assert.Equal("answered", twenty.Views[3].State);
        Assert.NotNull(twenty.Views[3].ClosedAt);
    }

    /// <summary>
    /// Counts the commands of one async flow only: the host's workers (timers, outbox, mailbox) share the
    /// interceptor and query whenever they wake, which made a count of every command flaky.
    /// </summary>
    private sealed class CommandCount : DbCommandInterceptor
    {
        private readonly AsyncLocal<Counting?> _current = new();

        public Counting Begin() => _current.Value = new Counting(this);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _current.Value?.Add();
            return ValueTask.FromResult(result);
        }

        internal sealed class Counting(CommandCount owner) : IDisposable
        {
            private int _count;

            public int Count => _count;

            public void Add() => Interlocked.Increment(ref _count);

            public void Dispose() => owner._current.Value = null;
        }
    }
}
