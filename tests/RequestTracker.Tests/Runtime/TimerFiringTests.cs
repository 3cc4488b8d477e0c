using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Definitions;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// A chunk of timers fired together loses a race: another replica acts on one of its questions between the chunk's
/// reads and its commit. The chunk rolls back whole; each timer is then fired on its own, so the conflict costs only the
/// timer whose question changed — and that question's new timer fires later, once. UK FOIA, two questions sent together
/// on Monday 10 January 2022, so both deadlines end on Monday 7 February.
/// </summary>
public sealed class TimerFiringTests
{
    private static readonly DateTimeOffset Sent = new(2022, 1, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_chunk_that_loses_a_race_fires_its_other_timers_alone_and_the_changed_question_later_once()
    {
        var race = new ActBeforeFiringCommits();
        await using var h = await EngineHarness.Start(Sent, services: s => s.AddSingleton<ISaveChangesInterceptor>(race));
        var (_, questions) = await h.Send(2);
        var deadline = await h.Db(db => db.Timers.Where(t => t.QuestionId == questions[0]).Select(t => t.DueAt).SingleAsync());
        Assert.Equal(deadline, await h.Db(db => db.Timers.Where(t => t.QuestionId == questions[1]).Select(t => t.DueAt).SingleAsync()));

        // While the chunk is staged, "another replica" records an acknowledgement on question 2: a new generation, its
        // deadline timer replaced by one for the same instant.
        race.Arm(() => h.Act(questions[1], Triggers.Acknowledged, note: "Registered."));
        h.Clock.SetUtcNow(new DateTimeOffset(deadline, TimeSpan.Zero));
        var worker = h.Worker();
        var firstRound = await worker.RunOnce(CancellationToken.None);

        Assert.True(race.Fired);
        Assert.Equal(2, firstRound); // both claimed; question 1's fired alone, question 2's had gone with its generation
        Assert.Equal([JournalEvents.Started, Triggers.DeadlinePassed], Events(await h.Journal(questions[0])));
        Assert.Equal([JournalEvents.Started, Triggers.Acknowledged], Events(await h.Journal(questions[1])));
        var waiting = await h.Db(db => db.Timers.AsNoTracking().SingleAsync(t => t.QuestionId == questions[1]));
        Assert.Equal((deadline, null), (waiting.DueAt, waiting.LeaseOwner)); // armed afresh by the acknowledgement, unclaimed

        Assert.Equal(1, await worker.RunOnce(CancellationToken.None));

        Assert.Equal([JournalEvents.Started, Triggers.Acknowledged, Triggers.DeadlinePassed], Events(await h.Journal(questions[1])));
        Assert.Equal([JournalEvents.Started, Triggers.DeadlinePassed], Events(await h.Journal(questions[0]))); // not fired twice
        Assert.Equal(2, await h.Db(db => db.Workflows.CountAsync(w => w.Category == StateCategory.Escalated)));
    }

    [Fact]
    public async Task A_timer_armed_for_an_older_generation_is_discarded_not_fired()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (_, questions) = await h.Send(1);
        // A stored timer whose generation the question has left (a row a crash between two commits could leave).
        await h.Db(db => db.Timers.Where(t => t.QuestionId == questions[0]).ExecuteUpdateAsync(s => s.SetProperty(t => t.Sequence, t => t.Sequence - 1)));
        var deadline = await h.Db(db => db.Timers.Select(t => t.DueAt).SingleAsync());
        h.Clock.SetUtcNow(new DateTimeOffset(deadline, TimeSpan.Zero));

        Assert.Equal(1, await h.Worker().RunOnce(CancellationToken.None));

        Assert.Equal([JournalEvents.Started], Events(await h.Journal(questions[0])));
        Assert.Equal(0, await h.Db(db => db.Timers.CountAsync()));
        Assert.Equal(Categories.Open, Categories.Word((await h.Question(questions[0])).Value!.StateCategory!.Value));
    }

    private static List<string> Events(IEnumerable<JournalEntry> journal) => journal.Select(j => j.Event).ToList();

    /// <summary>Runs an action once, just before the first save that fires a timer commits: a concurrent writer's moment.</summary>
    private sealed class ActBeforeFiringCommits : SaveChangesInterceptor
    {
        private Func<Task>? _act;

        public bool Fired { get; private set; }

        public void Arm(Func<Task> act) => _act = act;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var firing = eventData.Context!.ChangeTracker.Entries<WorkflowTimer>().Any(e => e.State == EntityState.Deleted);
            if (firing && _act is { } act)
            {
                _act = null; // the action saves too; it must not run itself again
                await act();
                Fired = true;
            }

            return result;
        }
    }
}
