using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RequestTracker.Access;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Mail;
using RequestTracker.Runtime;

namespace RequestTracker.Overview.Digest;

/// <summary>
/// Queues the managers' daily digest once the configured hour (UTC) has passed: one outbox row per manager
/// per day, with a dedup key of the date, so replicas and restarts never queue a second one.
/// </summary>
internal sealed class DigestScheduler(AppDbContext db, TimeProvider clock, WorkSignal signal, IOptions<MailOptions> options)
{
    public async Task<int> QueueDue(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now.Hour < options.Value.Digest.HourUtc)
        {
            return 0;
        }

        var day = now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var managers = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.Manager && user.Email != null
            select new { user.Id, user.DisplayName, Email = user.Email!, user.Language }).Distinct().ToListAsync(ct);
        var keys = managers.Select(m => $"digest:{day}:{m.Id}").ToList();
        var queued = await db.Outbox.Where(o => keys.Contains(o.DedupKey)).Select(o => o.DedupKey).ToListAsync(ct);
        var missing = managers.Where(m => !queued.Contains($"digest:{day}:{m.Id}")).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        foreach (var manager in missing)
        {
            db.Outbox.Add(new OutboxMessage
            {
                Template = "manager-digest",
                Language = manager.Language,
                RecipientName = manager.DisplayName,
                RecipientAddress = manager.Email,
                DedupKey = $"digest:{day}:{manager.Id}",
                Status = OutboxStatus.Queued,
                CreatedAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
            signal.Notify();
            return missing.Count;
        }
        catch (DbUpdateException)
        {
            // Another replica queued today's digest at the same moment: the unique dedup key kept one.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
