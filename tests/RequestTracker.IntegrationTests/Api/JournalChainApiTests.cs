using RequestTracker.Runtime;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>The journal as a hash chain per request, through the API: concurrent writers, and a row changed in the database.</summary>
public abstract class JournalChainApiTests(ApiApp app)
{
    [Fact]
    public async Task Concurrent_actions_on_one_request_keep_one_chain_and_a_changed_row_is_named()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();

        // Every question of the request acted on at once, four rounds: each save reads the chain's head, so the
        // questions' saves race for the same position; the loser links again instead of forking the chain.
        for (var round = 0; round < 4; round++)
        {
            var actions = questions.Select(async q =>
            {
                using var response = await advocate.PostJson($"/api/questions/{q}/actions", new { action = "acknowledged", note = $"Registered, round {round}." });
                return response.StatusCode;
            });
            Assert.All(await Task.WhenAll(actions), s => Assert.Equal(HttpStatusCode.OK, s));
        }

        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var verified = await advocate.GetAsync($"/api/requests/{id}/journal/verify");
        var report = await verified.Json(HttpStatusCode.OK);
        Assert.True(report.GetProperty("intact").GetBoolean());
        Assert.Equal(await db.Journal.LongCountAsync(j => j.RequestId == id), report.GetProperty("entries").GetInt64());
        Assert.True(report.GetProperty("entries").GetInt64() >= questions.Count * 5L); // sent and four acknowledgements each (and the email's "sent" when delivered)
        Assert.Matches("^[0-9a-f]{64}$", report.GetProperty("head").GetString());

        var entry = await db.Journal.AsNoTracking().Where(j => j.RequestId == id).OrderBy(j => j.ChainSeq).Skip(3).FirstAsync();
        var changed = "r" + entry.Note[1..];
        await db.Journal.Where(j => j.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Note, changed));
        try
        {
            using var again = await advocate.GetAsync($"/api/requests/{id}/journal/verify");
            var broken = await again.Json(HttpStatusCode.OK);
            Assert.False(broken.GetProperty("intact").GetBoolean());
            Assert.Equal(entry.Id, broken.GetProperty("firstBreak").GetProperty("entryId").GetInt64());
            Assert.Equal(4, broken.GetProperty("firstBreak").GetProperty("position").GetInt32());
        }
        finally
        {
            await db.Journal.Where(j => j.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Note, entry.Note));
        }

        using var other = await app.Client(TestUser.AdvocateB).GetAsync($"/api/requests/{id}/journal/verify");
        await other.Problem(HttpStatusCode.NotFound);
        using var all = await app.Client(TestUser.Manager).GetAsync("/api/journal/verify");
        Assert.True((await all.Json(HttpStatusCode.OK)).GetProperty("intact").GetBoolean());
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteJournalChainApiTests(SqliteApiApp app) : JournalChainApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresJournalChainApiTests(PostgresApiApp app) : JournalChainApiTests(app);
