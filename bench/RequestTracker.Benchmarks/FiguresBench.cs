using RequestTracker.Authorities;
using RequestTracker.Requests;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Overview;
using RequestTracker.Runtime;

namespace RequestTracker.Benchmarks;

/// <summary>
/// The dashboard's figures (<see cref="Figures"/>) at a live workload of 2,000 questions, then after
/// N questions of history (answered, refused, closed) are added: the live set is the same, only history
/// grows. The baseline, in the same process, is the full count the dashboard used to run (every figure an
/// aggregate over all workflows joined to their requests).
/// </summary>
internal static class FiguresBench
{
    private const int Live = 2_000;
    private const int Runs = 50;

    public static async Task Run(IServiceProvider services, string provider, int count)
    {
        await TimerSeed.Questions(services, Live, "live");
        await Shape(services, history: false);
        var small = await Measure(services);
        var watch = Stopwatch.StartNew();
        await TimerSeed.Questions(services, count, "history");
        await Shape(services, history: true);
        Console.WriteLine($"{provider}: {count:N0} questions of history seeded in {watch.Elapsed.TotalSeconds:N0} s");
        var large = await Measure(services);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {Live:N0} → {Live + count:N0} | {small.Figures:0.0} ms | {large.Figures:0.0} ms | {large.Figures / small.Figures:0.00}x | {small.FullCount:0.0} ms | {large.FullCount:0.0} ms | {large.FullCount / small.FullCount:0.00}x |"));
    }

    /// <summary>
    /// Live questions spread over the categories with deadlines around now; history questions made final
    /// (their timers gone). Then the counts are rebuilt, as after a migration.
    /// </summary>
    private static async Task Shape(IServiceProvider services, bool history)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var now = DateTime.UtcNow;
        if (history)
        {
            // The history questions are those of the authority seeded last.
            var historyAuthority = await db.Authorities.MaxAsync(a => a.Id);
            await db.Workflows.Where(w => w.AuthorityId == historyAuthority)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.Category, w => w.QuestionId % 3 == 0 ? StateCategory.Answered : w.QuestionId % 3 == 1 ? StateCategory.Refused : StateCategory.Closed));
        }
        else
        {
            await db.Workflows.ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Category, w => w.QuestionId % 4 == 0 ? StateCategory.Escalated : w.QuestionId % 4 == 1 ? StateCategory.Paused : StateCategory.Open)
                .SetProperty(w => w.DueAt, w => w.QuestionId % 4 == 3 ? now.AddMinutes(-5) : now.AddDays(3)));
        }

        await db.Timers.ExecuteDeleteAsync();
        await scope.ServiceProvider.GetRequiredService<CategoryCounter>().Rebuild(CancellationToken.None);
        // What autovacuum does as history accumulates: one UPDATE of a million rows leaves their old index
        // entries behind (dead, still walked) until vacuumed, which no gradual workload would.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM ANALYZE" : "ANALYZE");
    }

    private static async Task<(double Figures, double FullCount)> Measure(IServiceProvider services)
    {
        var figures = new Stopwatch();
        var full = new Stopwatch();
        for (var run = 0; run < Runs + 5; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var measured = run >= 5;
            if (measured)
            {
                figures.Start();
            }

            await scope.ServiceProvider.GetRequiredService<Figures>().Handle(CancellationToken.None);
            figures.Stop();
            if (measured)
            {
                full.Start();
            }

            await FullCount(scope.ServiceProvider.GetRequiredService<AppDbContext>());
            full.Stop();
        }

        return (figures.Elapsed.TotalMilliseconds / Runs, full.Elapsed.TotalMilliseconds / Runs);
    }

    /// <summary>The figures as the dashboard counted them before: aggregates over every workflow.</summary>
    private static async Task FullCount(AppDbContext db)
    {
        var now = DateTime.UtcNow;
        var workflows = db.Workflows.AsNoTracking();
        await workflows.GroupBy(w => w.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var late = workflows.Where(Standing.IsOverdue(now));
        await late.CountAsync();
        await workflows.CountAsync(Standing.IsDueSoon(now));
        await (from w in late
               join r in db.Requests on w.RequestId equals r.Id
               group w by r.AuthorityId into g
               select new { AuthorityId = g.Key, Overdue = g.Count(), OldestDue = g.Min(w => w.DueAt) })
            .OrderByDescending(a => a.Overdue).Take(10).ToListAsync();
    }
}
