using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Moves a sent request's sending back by some days, as if it had gone out then: the request's sending and each
/// question's start and deadline. The API test apps run on the real clock, and a letter can only be dated, or have
/// arrived, after its request was sent. Timers are left where they are (in the future), so nothing fires meanwhile.
/// </summary>
public static class Backdate
{
    public static async Task Request(ApiApp app, int requestId, int days)
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sentAt = await db.Requests.Where(r => r.Id == requestId).Select(r => r.SentAt).SingleAsync();
        await db.Requests.Where(r => r.Id == requestId).ExecuteUpdateAsync(s => s.SetProperty(r => r.SentAt, sentAt!.Value.AddDays(-days)));
        // The stored row itself, as an older one would have been written (the workflow changes only by its own methods).
        foreach (var w in await db.Workflows.AsNoTracking().Where(w => w.RequestId == requestId).ToListAsync())
        {
            await db.Workflows.Where(x => x.QuestionId == w.QuestionId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.StartedAt, w.StartedAt.AddDays(-days))
                .SetProperty(x => x.DueAt, w.DueAt?.AddDays(-days))
                .SetProperty(x => x.DueOn, w.DueOn?.AddDays(-days))
                .SetProperty(x => x.EarliestDueAt, w.EarliestDueAt?.AddDays(-days))
                .SetProperty(x => x.EarliestDueOn, w.EarliestDueOn?.AddDays(-days)));
        }
    }
}
