using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>
/// Three replicas start at once on one PostgreSQL database after a calendar file changed under running questions: each
/// question moves once — one journal entry, one email to the advocate, one deadline timer for its new day — whichever
/// replica moved it.
/// </summary>
public sealed class CalendarUpdateReplicaTests
{
    private const int Requests = 10;
    private const int QuestionsPerRequest = 5;

    [Fact]
    public async Task Three_replicas_starting_together_move_each_running_question_exactly_once()
    {
        await using var database = await PostgresTestDatabase.Create();
        var folder = TestWorkflows.CreateFolder();
        var settings = new Dictionary<string, string?> { ["Workflows:Path"] = folder, ["Workflows:Worker:Enabled"] = "false" };
        LocalDate added;
        await using (var first = new AppHost(database, settings))
        {
            first.StartServer();
            await using var scope = first.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var user = (await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput("advocate@test.example.org", "A", Roles.Advocate, "a long enough passphrase"))).Value!;
            var advocate = new CurrentUser(user.Id, false, false);
            var authority = (await services.GetRequiredService<SaveAuthority>().Create(
                new AuthorityInput("Cabinet Office", "UK", "foi@example.org", "Europe/London", "uk-foia-2000", []), CancellationToken.None)).Value!;
            var questions = Enumerable.Range(1, QuestionsPerRequest).Select(i => new QuestionInput(QuestionCategory.Other, $"Q{i}")).ToList();
            for (var i = 0; i < Requests; i++)
            {
                await using var inner = first.Services.CreateAsyncScope();
                var filed = await inner.ServiceProvider.GetRequiredService<FileRequest>().Handle(advocate, new RequestInput(authority.Id, $"R{i}", "Body", "", questions), CancellationToken.None);
                await inner.ServiceProvider.GetRequiredService<SendRequest>().Handle(advocate, filed.Value!.Id, CancellationToken.None);
            }

            // The first working day after today in London: inside every running period.
            var calendar = services.GetRequiredService<DefinitionStore>().Catalog.Calendars["uk"];
            added = SystemClock.Instance.GetCurrentInstant().InZone(calendar.Zone).Date.PlusDays(1);
            while (!calendar.IsWorkingDay(added))
            {
                added = added.PlusDays(1);
            }
        }

        var path = Path.Combine(folder, "calendars", "uk.yaml");
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd('\n') + $"\n  - {{ name: Test proclamation day, on: {added:yyyy-MM-dd} }}\n");
        var replicas = Enumerable.Range(0, 3).Select(_ => new AppHost(database, settings)).ToList();
        try
        {
            await Task.WhenAll(replicas.Select(r => Task.Run(r.StartServer)));

            await using var scope = replicas[0].Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var workflows = await db.Workflows.AsNoTracking().ToListAsync();
            var moves = await db.Journal.AsNoTracking().Where(j => j.Event == JournalEvents.CalendarUpdated).GroupBy(j => j.QuestionId).Select(g => g.Count()).ToListAsync();
            var emails = await db.Outbox.AsNoTracking().Where(o => o.Template == CalendarUpdates.Moved).GroupBy(o => o.QuestionId).Select(g => g.Count()).ToListAsync();
            var timers = await db.Timers.AsNoTracking().Where(t => t.Instant == TimerInstant.Deadline).ToListAsync();

            Assert.Equal(Requests * QuestionsPerRequest, workflows.Count);
            Assert.Single(workflows.Select(w => w.CalendarHash).Distinct()); // every question on the changed file
            Assert.Equal(Enumerable.Repeat(1, Requests * QuestionsPerRequest), moves);
            Assert.Equal(Enumerable.Repeat(1, Requests * QuestionsPerRequest), emails);
            Assert.Equal(workflows.Count, timers.Count);
            Assert.All(workflows, w => Assert.Equal(w.DueAt, Assert.Single(timers, t => t.QuestionId == w.QuestionId).DueAt));
            Assert.All(timers, t => Assert.Equal(workflows.Single(w => w.QuestionId == t.QuestionId).Sequence, t.Sequence));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }

            Directory.Delete(folder, recursive: true);
        }
    }
}
