using Microsoft.EntityFrameworkCore;
using MimeKit;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Templates;
using RequestTracker.Mail.Intake;
using RequestTracker.Runtime;

namespace RequestTracker.Mail.Digest;

/// <summary>The figures of the managers' digest, counted when the digest is first rendered.</summary>
internal sealed class DigestComposer(AppDbContext db, DefinitionStore definitions, TimeProvider clock)
{
    private const int MaxItems = 25;

    public async Task<RenderedMail> Render(OutboxMessage row, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var week = now.AddDays(7);
        var workflows = db.Workflows.AsNoTracking();
        var overdue = await workflows.CountAsync(w => (w.Category == "open" || w.Category == "paused") && w.DueAt < now, ct);
        var escalated = await workflows.CountAsync(w => w.Category == "escalated", ct);
        var dueThisWeek = await workflows.CountAsync(w => w.Category == "open" && w.DueAt >= now && w.DueAt < week, ct);
        var failed = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Failed, ct);
        var unmatched = await db.Inbox.CountAsync(m => m.Status == InboundStatus.Unmatched, ct);
        var items = await (
            from w in workflows
            where w.Category == "escalated" || ((w.Category == "open" || w.Category == "paused") && w.DueAt < now)
            join r in db.Requests on w.RequestId equals r.Id
            orderby w.DueAt
            select new { r.Id, r.Title, Authority = r.Authority!.Name, w.State, w.DueAt, w.LifecycleHash }).Take(MaxItems).ToListAsync(ct);
        var lifecycles = new Dictionary<string, LifecycleDefinition>();
        foreach (var hash in items.Select(i => i.LifecycleHash).Distinct())
        {
            lifecycles[hash] = await definitions.Lifecycle(hash, db, ct);
        }

        static string Day(DateTime? at) => MailDates.Day(at, DateTimeZone.Utc);
        var model = SampleModel.Create() with
        {
            Recipient = new PartyModel(row.RecipientName, row.RecipientAddress),
            Digest = new DigestModel(
                Day(now), overdue, escalated, dueThisWeek, failed, unmatched,
                items.Select(i => new DigestItem($"RT-{i.Id}", i.Title, i.Authority, lifecycles[i.LifecycleHash].State(i.State).Label, Day(i.DueAt))).ToList()),
        };
        return await definitions.Catalog.Templates.Render(row.Template, model);
    }

    /// <summary>The digest as MIME, from the app's own address: it concerns no single request.</summary>
    public async Task<MimeMessage> Compose(OutboxMessage row, MailTokens tokens, CancellationToken ct)
    {
        var message = MailComposer.Envelope(row, tokens, await Render(row, ct), clock.GetUtcNow());
        message.From.Add(tokens.From);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }
}
