using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Benchmarks;

/// <summary>
/// Writes N sent questions with their deadline timers, in chunks (no change tracker bloat): all due a minute
/// ago, or the k-th at <c>dueAt(k)</c>. Returns the authority they were sent to.
/// </summary>
internal static class TimerSeed
{
    public static async Task<int> Questions(IServiceProvider services, int count, string tag, int questionsPerRequest = 20, Func<int, DateTime>? dueAt = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var definitions = scope.ServiceProvider.GetRequiredService<DefinitionStore>();
        var catalog = definitions.Catalog;
        var law = catalog.Laws["io-default"];
        var owner = new AppUser { UserName = $"bench-{tag}@example.org", Email = $"bench-{tag}@example.org", DisplayName = "Bench" };
        db.Users.Add(owner);
        var authority = new Authority(new AuthorityFields($"Bench {tag}", "Bench", "foi@example.org", "Etc/UTC", law.Id, []), DateTime.UtcNow);
        db.Authorities.Add(authority);
        await db.SaveChangesAsync();

        var aMinuteAgo = DateTime.UtcNow.AddMinutes(-1);
        var seeded = 0;
        for (var done = 0; done < count;)
        {
            var requests = new List<Request>();
            for (var i = 0; i < 1000 / questionsPerRequest && done < count; i++)
            {
                var size = Math.Min(questionsPerRequest, count - done);
                var content = new RequestContent(authority.Id, "Bench", "Body", "", Enumerable.Range(1, size).Select(q => new QuestionContent(QuestionCategory.Other, $"Q{q}")).ToList());
                var request = new Request(owner.Id, content, aMinuteAgo);
                request.MarkSent(aMinuteAgo);
                requests.Add(request);
                done += size;
            }

            db.Requests.AddRange(requests);
            await db.SaveChangesAsync();
            foreach (var question in requests.SelectMany(r => r.Questions))
            {
                var due = dueAt?.Invoke(seeded++) ?? aMinuteAgo;
                var subject = new WorkflowSubject(question.RequestId, new Addressee(authority.Name, authority.ContactEmail), authority.TimeZone, [], new Addressee("Bench", "bench@example.org"))
                {
                    AuthorityId = authority.Id,
                    OwnerId = owner.Id,
                };
                var row = WorkflowInstance.Begin(question.Id, subject, catalog.Question, law, definitions.CalendarHash(law.CalendarId), DateTimeZone.Utc, Instant.FromDateTimeUtc(aMinuteAgo));
                db.Workflows.Add(row);
                // A deadline as stored, without the computation behind it: seeded rows only need an instant to fire and a day to list.
                db.Entry(row).Property(w => w.DueAt).CurrentValue = due;
                db.Entry(row).Property(w => w.DueOn).CurrentValue = DateOnly.FromDateTime(due);
                db.Timers.Add(new WorkflowTimer { QuestionId = question.Id, Instant = TimerInstant.Deadline, Trigger = Trigger.DeadlinePassed, DueAt = due, Sequence = 1, CreatedAt = aMinuteAgo });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return authority.Id;
    }
}
