using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>A timer armed on one replica fires on another on time, though that one's idle poll is 30 s.</summary>
public sealed class ReplicaWakeUpTests
{
    [Fact]
    public async Task A_timer_armed_on_replica_A_fires_on_replica_B_within_a_second_of_its_due_time()
    {
        await using var database = await PostgresTestDatabase.Create();
        var folder = TestWorkflows.CreateFolder();
        var common = new Dictionary<string, string?> { ["Workflows:Path"] = folder, ["Workflows:Worker:MaxIdleSeconds"] = "30", ["Mail:Delivery:Enabled"] = "false" };
        // A arms timers but never fires them; B fires, and has nothing to do until told.
        await using var a = new AppHost(database, new Dictionary<string, string?>(common) { ["Workflows:Worker:Enabled"] = "false" });
        await using var b = new AppHost(database, common);
        a.StartServer();
        b.StartServer();
        await Task.Delay(TimeSpan.FromSeconds(2)); // B has looked for work, found none, and sleeps for up to 30 s

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

        // The deadline is 2 seconds after sending; wait well past it for B's firing.
        JournalEntry? fired = null;
        for (var waited = 0; fired is null && waited < 100; waited++)
        {
            await Task.Delay(100);
            await using var scope = b.Services.CreateAsyncScope();
            fired = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Journal.AsNoTracking()
                .FirstOrDefaultAsync(j => j.RequestId == requestId && j.Event == Triggers.DeadlinePassed);
        }

        Assert.NotNull(fired);
        Assert.StartsWith(WorkflowEngine.TimerActor, fired.Actor);
        var late = fired.At - fired.ScheduledFor!.Value;
        Assert.True(late < TimeSpan.FromSeconds(1), $"fired {late.TotalMilliseconds:0} ms after it was due");
        Directory.Delete(folder, recursive: true);
    }
}
