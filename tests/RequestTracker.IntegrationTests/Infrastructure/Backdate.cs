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
        foreach (var workflow in await db.Workflows.Where(w => w.RequestId == requestId).ToListAsync())
        {
            workflow.StartedAt = workflow.StartedAt.AddDays(-days);
            workflow.DueAt = workflow.DueAt?.AddDays(-days);
            workflow.DueOn = workflow.DueOn?.AddDays(-days);
            workflow.EarliestDueAt = workflow.EarliestDueAt?.AddDays(-days);
            workflow.EarliestDueOn = workflow.EarliestDueOn?.AddDays(-days);
        }

        await db.SaveChangesAsync();
    }
}
