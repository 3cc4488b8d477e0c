using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>A timer armed on one replica fires on another when due, woken by the commit, though that one's idle poll is 30 s.</summary>
public sealed class ReplicaWakeUpTests
{
    [Fact]
    public async Task A_timer_armed_on_replica_A_fires_on_replica_B_when_due_not_at_its_next_poll()
    {
        await using var database = await PostgresTestDatabase.Create();
        var folder = TestWorkflows.CreateFolder();
        var common = new Dictionary<string, string?> { ["Workflows:Path"] = folder, ["Workflows:Worker:MaxIdleSeconds"] = "30", ["Mail:Delivery:Enabled"] = "false" };
        // A arms timers but never fires them; B fires, and has nothing to do until told.
        await using var a = new AppHost(database, new Dictionary<string, string?>(common) { ["Workflows:Worker:Enabled"] = "false" });
        await using var b = new AppHost(database, common);
        a.StartServer();
        b.StartServer();
        // B has looked for work, found none, and sleeps for up to 30 s: a finished round is followed by its wait.
        var sleeper = b.Services.GetRequiredService<TimerWorker>();
        await Eventually.True(() => Task.FromResult(sleeper.RoundsDone >= 1), "replica B's timer worker has finished its first round", TimeSpan.FromSeconds(30));

        int requestId;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var user = (await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput("advocate@test.example.org", "A", Roles.Advocate, "a long enough passphrase"))).Value!;
            var advocate = new CurrentUser(user.Id, false, false);
            var authority = (await services.GetRequiredService<SaveAuthority>().Create(
                new AuthorityInput("Woken Authority", "Test", "foi@example.org", "Etc/UTC", TestWorkflows.SecondsLaw, []), CancellationToken.None)).Value!;
            var filed = await services.GetRequiredService<FileRequest>().Handle(advocate, new RequestInput(authority.Id, "Wake", "Body", "", [new QuestionInput(QuestionCategory.Other, "Q1")]), CancellationToken.None);
            var sent = await services.GetRequiredService<SendRequest>().Handle(advocate, filed.Value!.Id, CancellationToken.None);
            Assert.Equal(OutcomeKind.Ok, sent.Kind);
            requestId = sent.Value!.Id;
        }

        // The deadline is 2 seconds after sending. B fires it when A's commit wakes it, not at its next poll 30 s on.
        var fired = await Eventually.Get(
            async () =>
            {
                await using var scope = b.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Journal.AsNoTracking()
                    .FirstOrDefaultAsync(j => j.RequestId == requestId && j.Event == Triggers.DeadlinePassed);
            },
            "the deadline fired on replica B",
            TimeSpan.FromSeconds(60));

        Assert.StartsWith(TimerFiring.TimerActor, fired.Actor);
        // Not a speed limit: half the idle poll separates "woken by A's commit" from "found by B's own poll".
        var late = fired.At - fired.ScheduledFor!.Value;
        Assert.True(late < TimeSpan.FromSeconds(15), $"fired {late.TotalMilliseconds:0} ms after it was due: by B's poll, not by a wake-up");
        Directory.Delete(folder, recursive: true);
    }
}
