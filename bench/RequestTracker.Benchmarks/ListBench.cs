using RequestTracker.Access;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Overview;
using RequestTracker.Requests;

namespace RequestTracker.Benchmarks;

/// <summary>
/// Keyset paging under load: with N requests of one question each in the database, the time of the first page
/// of the questions list (state filter) and of the requests list, beside a page deep in the list (a cursor
/// near the oldest rows). Equal times mean each page is one index range scan, whatever its depth.
/// </summary>
internal static class ListBench
{
    private const int Rounds = 50;

    public static async Task Run(IServiceProvider services, string provider, int count)
    {
        await TimerSeed.Questions(services, count, "lists", questionsPerRequest: 1);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var manager = new CurrentUser("bench-manager", IsManager: true, IsAdmin: false);
        var oldestQuestion = await db.Questions.MinAsync(q => q.Id);
        var oldestRequest = await db.Requests.MinAsync(r => r.Id);
        var questions = scope.ServiceProvider.GetRequiredService<ListQuestions>();
        var requests = scope.ServiceProvider.GetRequiredService<ListRequests>();

        var questionFirst = await Time(() => questions.Handle(manager, new QuestionFilter("open", null, null, null, null, null, null, null, null, null), CancellationToken.None));
        var questionDeep = await Time(() => questions.Handle(manager, new QuestionFilter("open", null, null, null, null, null, null, null, PageCursor.Encode(oldestQuestion + 60), null), CancellationToken.None));
        var requestFirst = await Time(() => requests.Handle(manager, new ListRequestsQuery(null, null, null, null), CancellationToken.None));
        var requestDeep = await Time(() => requests.Handle(manager, new ListRequestsQuery(null, null, PageCursor.Encode(oldestRequest + 30), null), CancellationToken.None));
        Console.WriteLine($"| {provider} | questions (state filter, 50/page) | {count:N0} | {questionFirst:N2} ms | {questionDeep:N2} ms | {questionDeep / questionFirst:N2} |");
        Console.WriteLine($"| {provider} | requests (20/page) | {count:N0} | {requestFirst:N2} ms | {requestDeep:N2} ms | {requestDeep / requestFirst:N2} |");
    }

    /// <summary>Mean milliseconds per call over <see cref="Rounds"/> calls, after one warm-up call.</summary>
    private static async Task<double> Time<T>(Func<Task<Outcome<T>>> call)
    {
        var warm = await call();
        if (warm.Kind != OutcomeKind.Ok)
        {
            throw new InvalidOperationException("The list call failed: " + string.Join("; ", warm.Errors.SelectMany(e => e.Value)));
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Rounds; i++)
        {
            await call();
        }

        return watch.Elapsed.TotalMilliseconds / Rounds;
    }
}
