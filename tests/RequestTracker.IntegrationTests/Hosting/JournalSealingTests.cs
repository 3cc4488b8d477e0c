using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Testing;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Runtime;

namespace RequestTracker.IntegrationTests.Hosting;

/// <summary>
/// Journal entries written before the journal was a hash chain are sealed in the background, not at start-up: the app
/// answers at once, readiness says how many are left, and once sealed every chain verifies.
/// </summary>
public sealed class JournalSealingTests
{
    [Fact]
    public async Task Entries_from_before_the_chain_are_sealed_in_the_background_while_the_app_serves_and_readiness_says_so()
    {
        await using var database = new SqliteTestDatabase();
        var off = new Dictionary<string, string?> { ["Upgrade:Background:Enabled"] = "false", ["Workflows:Worker:Enabled"] = "false", ["Mail:Delivery:Enabled"] = "false" };
        long entries;
        await using (var first = new AppHost(database, off))
        {
            first.StartServer();
            await HostSeed.Requests(first.Services, requests: 20, questions: 2);
            // As an upgraded database holds them: the journal's own rows, without their place in a chain.
            entries = await first.Services.Db(db => db.Journal.ExecuteUpdateAsync(u => u.SetProperty(j => j.Hash, (string?)null).SetProperty(j => j.PrevHash, (string?)null).SetProperty(j => j.ChainSeq, (int?)null)));
            Assert.True(entries >= 40, $"{entries} entries");
        }

        await using (var held = new AppHost(database, off))
        {
            held.StartServer();
            using var ready = await held.CreateClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal($"Degraded\nupgrade: Upgrading existing rows in the background: about {entries:N0} journal entries written before the hash chain to seal left.", await ready.Content.ReadAsStringAsync());
        }

        await using var app = new AppHost(database, new Dictionary<string, string?> { ["Workflows:Worker:Enabled"] = "false", ["Mail:Delivery:Enabled"] = "false" });
        app.StartServer();
        await Eventually.True(() => app.Services.Db(db => db.Journal.AllAsync(j => j.Hash != null)), "every entry sealed");
        using var healthy = await app.CreateClient().GetAsync("/health/ready");
        Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<JournalVerify>().Run(null, CancellationToken.None);
        Assert.True(report.Intact, $"broken at {report.FirstBreak}");
        Assert.Equal(entries, report.Entries);
    }
}
