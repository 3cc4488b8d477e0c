using RequestTracker.Access;
using RequestTracker.Replies;
using RequestTracker.Requests;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Search;

namespace RequestTracker.Benchmarks;

/// <summary>
/// Search (<see cref="SearchAll"/>, the handler the page and API call) over N requests and 10 N received
/// replies written in SQL, so the database indexes them as it would any write (SQLite's triggers into FTS5,
/// PostgreSQL's generated tsvector). Words of three frequencies: in every reply, in 1 %, in 10 rows. The
/// baseline, in the same process, is what a database without a full-text index does: a LIKE scan.
/// </summary>
internal static class SearchBench
{
    private const int Runs = 30;

    public static async Task Run(IServiceProvider services, string provider, int requests)
    {
        var replies = requests * 10;
        var watch = Stopwatch.StartNew();
        var (manager, advocate) = await Seed(services, requests, replies);
        Console.WriteLine($"{provider}: {requests:N0} requests and {replies:N0} replies written and indexed in {watch.Elapsed.TotalSeconds:N0} s");
        var like = await Like(services, "zircon");
        foreach (var (query, who, user) in new[]
        {
            ("zircon", "manager", manager), ("parliament", "manager", manager), ("documents", "manager", manager),
            ("parliament documents", "manager", manager), ("parl", "manager", manager), ("parliament", "advocate", advocate),
        })
        {
            var (p50, p95, hits) = await Time(services, user, query);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {provider} | \"{query}\" ({who}) | {hits} | {p50:0.0} ms | {p95:0.0} ms | {like:0.0} ms | {p50 / like * 100:0.0} % |"));
        }
    }

    /// <remarks>The SQL is built from numbers and fixed fragments only; values go in as parameters.</remarks>
    private static async Task<(CurrentUser Manager, CurrentUser Advocate)> Seed(IServiceProvider services, int requests, int replies)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(60));
        // Users and the authority as rows: the bench host has the handlers, not ASP.NET Identity.
        var owner = new AppUser { UserName = "search-advocate@example.org", Email = "search-advocate@example.org", DisplayName = "Advocate" };
        var other = new AppUser { UserName = "search-other@example.org", Email = "search-other@example.org", DisplayName = "Other" };
        var manager = new AppUser { UserName = "search-manager@example.org", Email = "search-manager@example.org", DisplayName = "Manager" };
        db.Users.AddRange(owner, other, manager);
        var authority = new Authority(new AuthorityFields("Ministry of Foreign Affairs", "Test", "foi@example.org", "Europe/Moscow", "ru-8-fz", []), DateTime.UtcNow);
        db.Authorities.Add(authority);
        await db.SaveChangesAsync();
        var postgres = db.Database.IsNpgsql();
        string Numbers(int n) => postgres
            ? $"generate_series(1, {n}) AS n(i)"
            : $"(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n}) SELECT i FROM s) AS n";
        var now = DateTime.UtcNow;
        // Half the requests are the measured advocate's, half another's.
        var requestsSql = $$"""
            INSERT INTO "Requests" ("AuthorityId", "Body", "CreatedAt", "LegalBasis", "OwnerId", "SentAt", "Status", "Title", "UpdatedAt", "Version")
            SELECT {0}, 'Please provide the documents listed below.', {1}, 'Federal Law No. 8-FZ', CASE WHEN n.i % 2 = 0 THEN {2} ELSE {3} END, {1}, 'Sent',
                'Deployment documents ' || n.i, {1}, 1
            FROM {{Numbers(requests)}}
            """;
        await db.Database.ExecuteSqlRawAsync(requestsSql, authority.Id, now, owner.Id, other.Id);
        var first = await db.Requests.MinAsync(r => r.Id);
        var repliesSql = $$"""
            INSERT INTO "Inbox" ("MessageId", "Status", "RequestId", "MatchedBy", "FromName", "FromAddress", "To", "Subject", "ReceivedAt", "TextBody", "Raw", "Folder", "UidValidity", "Uid", "Channel")
            SELECT 'bench-' || n.i, 'Matched', {0} + n.i % {1}, 'token', 'FOI Desk', 'foi@example.org', 'requests@example.org', 'Re: request ' || n.i, {2},
                'Reply ' || n.i || ': the documents you asked for'
                    || CASE WHEN n.i % 100 = 3 THEN ' were sent to parliament' ELSE ' are enclosed' END
                    || CASE WHEN n.i % 100000 = 77 THEN ' with the zircon annex' ELSE '' END
                    || '. Yours faithfully, the information service.',
                {3}, 'INBOX', 1, n.i, 'Email'
            FROM {{Numbers(replies)}}
            """;
        await db.Database.ExecuteSqlRawAsync(repliesSql, first, requests, now, Array.Empty<byte>());
        await db.Database.ExecuteSqlRawAsync(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        return (new CurrentUser(manager.Id, true, false), new CurrentUser(owner.Id, false, false));
    }

    private static async Task<(double P50, double P95, int Hits)> Time(IServiceProvider services, CurrentUser user, string query)
    {
        var times = new List<double>();
        var hits = 0;
        for (var run = 0; run < Runs + 3; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var search = scope.ServiceProvider.GetRequiredService<SearchAll>();
            var watch = Stopwatch.StartNew();
            var result = await search.Handle(user, new SearchInput(query), CancellationToken.None);
            watch.Stop();
            hits = result.Value!.Hits.Count;
            if (run >= 3)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.95)], hits);
    }

    /// <summary>The rare word by a LIKE scan of every reply's text: what search costs without a full-text index.</summary>
    private static async Task<double> Like(IServiceProvider services, string word)
    {
        var times = new List<double>();
        for (var run = 0; run < 4; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var watch = Stopwatch.StartNew();
            await db.Inbox.AsNoTracking().Where(m => EF.Functions.Like(m.TextBody, $"%{word}%")).OrderBy(m => m.Id).Select(m => m.Id).Take(51).ToListAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times.Skip(1).Order().ElementAt(1);
    }
}
