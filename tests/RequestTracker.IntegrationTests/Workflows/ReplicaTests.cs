using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Handling;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Requests;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>Two runtimes (two hosts, two workers) on one PostgreSQL database racing for the same timers.</summary>
public sealed class ReplicaTests
{
    private const int Requests = 50;
    private const int QuestionsPerRequest = 20;

    [Fact]
    public async Task Two_runtimes_fire_thousands_of_due_timers_each_exactly_once()
    {
        await using var database = await PostgresTestDatabase.Create();
        var folder = TestWorkflows.CreateFolder();
        var settings = new Dictionary<string, string?>
        {
            ["Workflows:Path"] = folder,
            ["Workflows:Worker:BatchSize"] = "25",
            ["Workflows:Worker:MaxIdleSeconds"] = "1",
        };
        await using var first = new AppHost(database, settings);
        await using var second = new AppHost(database, settings);
        first.StartServer();
        second.StartServer();

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var user = (await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput("advocate@test.example.org", "A", Roles.Advocate, "a long enough passphrase"))).Value!;
            var advocate = new CurrentUser(user.Id, false, false);
            var authority = (await services.GetRequiredService<SaveAuthority>().Create(
                new AuthorityInput("Replicated Authority", "Test", "foi@example.org", "Etc/UTC", TestWorkflows.SecondsLaw, []), CancellationToken.None)).Value!;
            var questions = Enumerable.Range(1, QuestionsPerRequest).Select(i => new QuestionInput(QuestionCategory.Other, $"Q{i}")).ToList();
            for (var i = 0; i < Requests; i++)
            {
                await using var inner = first.Services.CreateAsyncScope();
                var filed = await inner.ServiceProvider.GetRequiredService<FileRequest>().Handle(advocate, new RequestInput(authority.Id, $"R{i}", "Body", "", questions), CancellationToken.None);
                var sent = await inner.ServiceProvider.GetRequiredService<SendRequest>().Handle(advocate, filed.Value!.Id, CancellationToken.None);
                Assert.Equal(OutcomeKind.Ok, sent.Kind);
            }
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await ExactlyOnce.UntilNoTimersLeft(connection, TimeSpan.FromMinutes(3));

        await ExactlyOnce.AssertEveryLadderRanOnce(connection, Requests, QuestionsPerRequest);
        Assert.Equal(2, (await ExactlyOnce.TimerActors(connection)).Count); // both runtimes did part of the work
        Directory.Delete(folder, recursive: true);
    }
}
