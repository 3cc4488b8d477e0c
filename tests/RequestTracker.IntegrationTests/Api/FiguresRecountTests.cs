using RequestTracker.Runtime;
using System.Data;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Overview;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// The maintained category counts (<see cref="CategoryCounter"/>) against a full recount of the workflows,
/// after random work through the API (sending, every permitted action, withdrawing) with folds of random
/// size in between. Both are read in one snapshot, as timers of other tests may fire meanwhile. The crash
/// and replica tests check the same equality after kill -9 and two racing runtimes.
/// </summary>
public abstract class FiguresRecountTests(ApiApp app)
{
    [Fact]
    public async Task The_counts_equal_a_full_recount_after_random_work_and_folds()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var advocate = app.Client(TestUser.AdvocateA);
        var authorities = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            authorities.Add(await TestData.CreateAuthority(app.Client(TestUser.Manager)));
        }

        var requests = new List<(int Id, int[] Questions)>();
        for (var i = 0; i < 6; i++)
        {
            var created = await TestData.CreateRequest(advocate, authorities[random.Next(authorities.Count)]);
            var id = created.GetProperty("id").GetInt32();
            (await advocate.PostAsync($"/api/requests/{id}/send", null)).Dispose();
            requests.Add((id, created.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetInt32()).ToArray()));
        }

        for (var step = 0; step < 40; step++)
        {
            var (requestId, questions) = requests[random.Next(requests.Count)];
            if (random.Next(12) == 0)
            {
                using var withdrawn = await advocate.PostJson($"/api/requests/{requestId}/withdraw", new { reason = "Random withdrawal" });
                Assert.True((int)withdrawn.StatusCode < 500, $"seed {seed}: withdraw gave {withdrawn.StatusCode}");
            }
            else
            {
                var questionId = questions[random.Next(questions.Length)];
                using var view = await advocate.GetAsync($"/api/questions/{questionId}");
                var permitted = (await view.Json(HttpStatusCode.OK)).GetProperty("permittedActions").EnumerateArray()
                    .Select(a => a.GetString()!).Where(a => a != "extension-announced").ToList();
                if (permitted.Count > 0)
                {
                    var action = permitted[random.Next(permitted.Count)];
                    using var acted = await advocate.PostJson($"/api/questions/{questionId}/actions", new { action, note = "Random note", documentReference = "DOC-1", exemption = "s. 27" });
                    Assert.True((int)acted.StatusCode < 500, $"seed {seed}: {action} gave {acted.StatusCode}");
                }
            }

            if (random.Next(4) == 0)
            {
                await using var scope = app.Host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CategoryCounter>().Fold(random.Next(1, 20), CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<TallyCounter>().Fold(random.Next(1, 20), CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<StateCounter>().Fold(random.Next(1, 20), CancellationToken.None);
            }
        }

        var (counted, recounted) = await Snapshot(authorities);
        Assert.Equal(recounted, counted);
        Assert.Contains(counted, c => c.Contains(":on-time/", StringComparison.Ordinal) || c.Contains(":late/", StringComparison.Ordinal));
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CategoryCounter>().Rebuild(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<TallyCounter>().Rebuild(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<StateCounter>().Rebuild(CancellationToken.None);
        }

        var (rebuilt, again) = await Snapshot(authorities);
        Assert.Equal(again, rebuilt);
    }

    /// <summary>The maintained counts and tallies (of this test's authorities) and a GROUP BY of the workflows, read in one snapshot.</summary>
    private async Task<(List<string> Counted, List<string> Recounted)> Snapshot(IReadOnlyList<int> authorities)
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        var counted = (await scope.ServiceProvider.GetRequiredService<CategoryCounter>().Read(CancellationToken.None))
            .Select(c => $"{c.Category}/{c.AuthorityId}: {c.Count}").Order(StringComparer.Ordinal).ToList();
        var recounted = (await db.Workflows.GroupBy(w => new { w.Category, w.AuthorityId })
            .Select(g => new { g.Key.Category, g.Key.AuthorityId, Count = g.Count() }).ToListAsync())
            .Select(c => $"{c.Category}/{c.AuthorityId}: {c.Count}").Order(StringComparer.Ordinal).ToList();
        var tallies = scope.ServiceProvider.GetRequiredService<TallyCounter>();
        foreach (var authority in authorities)
        {
            counted.AddRange((await tallies.Read(authority, CancellationToken.None)).Select(t => $"{t.Tally}/{t.Days}/{authority}: {t.Count}"));
        }

        var requests = await db.Workflows.Where(w => authorities.Contains(w.AuthorityId)).Select(w => new { w.AuthorityId, w.RequestId }).Distinct()
            .GroupBy(w => w.AuthorityId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        recounted.AddRange(requests.Select(r => $"{AuthorityTally.Requests}/0/{r.Key}: {r.Count}"));
        var outcomes = await db.Workflows.Where(w => authorities.Contains(w.AuthorityId) && w.OutcomeKind != null)
            .GroupBy(w => new { w.AuthorityId, w.OutcomeKind, w.OutcomeOnTime, w.OutcomeDays }).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        recounted.AddRange(outcomes.Select(o => $"{AuthorityTally.Outcome(o.Key.OutcomeKind!, o.Key.OutcomeOnTime!.Value)}/{o.Key.OutcomeDays}/{o.Key.AuthorityId}: {o.Count}"));
        // The workflow page's counts per state: everyone's for a manager, the advocate's own for them.
        var states = scope.ServiceProvider.GetRequiredService<StateCounter>();
        var advocate = app.UserIds[TestUser.AdvocateA];
        foreach (var (who, user) in new[] { ("all", new Access.CurrentUser("manager", true, false)), ("own", new Access.CurrentUser(advocate, false, false)) })
        {
            counted.AddRange((await states.Read(user, "question", CancellationToken.None)).Select(c => $"state {who}/{c.Key}: {c.Value}"));
            var mine = who == "own" ? advocate : null;
            recounted.AddRange((await db.Workflows.Where(w => w.LifecycleId == "question" && (mine == null || w.OwnerId == mine)).GroupBy(w => w.State)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync()).Select(c => $"state {who}/{c.Key}: {c.Count}"));
        }

        return (counted.Order(StringComparer.Ordinal).ToList(), recounted.Order(StringComparer.Ordinal).ToList());
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteFiguresRecountTests(SqliteApiApp app) : FiguresRecountTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresFiguresRecountTests(PostgresApiApp app) : FiguresRecountTests(app);
