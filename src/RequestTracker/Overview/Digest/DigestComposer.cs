using Microsoft.EntityFrameworkCore;
using MimeKit;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Templates;
using RequestTracker.Mail;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Overview.Digest;

/// <summary>The figures of the managers' digest, counted when the digest is first rendered.</summary>
internal sealed class DigestComposer(AppDbContext db, DefinitionStore definitions, Figures figures, TimeProvider clock) : IStandaloneMail
{
    private const int MaxItems = 25;

    public string Template => "manager-digest";

    public async Task<RenderedMail> Render(OutboxMessage row, CancellationToken ct)
    {
        // The same figures as the dashboard, counted once by the same code.
        var view = await figures.Handle(ct);
        var now = view.Now;
        // One line per request, state and last day: its questions' positions, not one identical line each.
        var items = await (
            from w in db.Workflows.AsNoTracking().Where(Standing.IsOverdue(now))
            join r in db.Requests on w.RequestId equals r.Id
            join q in db.Questions on w.QuestionId equals q.Id
            orderby w.DueAt
            select new { r.Id, r.Title, Authority = r.Authority!.Name, q.Position, w.State, w.DueOn, w.Zone, w.LifecycleHash }).Take(MaxItems).ToListAsync(ct);
        var lifecycles = new Dictionary<string, LifecycleDefinition>();
        foreach (var hash in items.Select(i => i.LifecycleHash).Distinct())
        {
            lifecycles[hash] = await definitions.Lifecycle(hash, db, ct);
        }

        static string Day(DateTime? at) => MailDates.Day(at, DateTimeZone.Utc);
        static string LastDay(DateOnly? day, string zone) => day is { } d ? $"{Deadline.Format.Words(d, "en")} ({zone})" : "not set";
        var model = SampleModel.Create() with
        {
            Recipient = new PartyModel(row.RecipientName, row.RecipientAddress),
            Digest = new DigestModel(
                Day(now), view.Overdue, view.Category(StateCategory.Escalated), view.DueSoon, view.EmailsFailed, view.UnmatchedReplies,
                items.GroupBy(i => (i.Id, i.State, i.DueOn), (_, same) => same.OrderBy(i => i.Position).ToList())
                    .Select(same =>
                    {
                        var i = same[0];
                        return new DigestItem($"RT-{i.Id}", i.Title, i.Authority, lifecycles[i.LifecycleHash].State(i.State).Label, LastDay(i.DueOn, i.Zone))
                        {
                            Questions = string.Join(", ", same.Select(q => q.Position)),
                            Count = same.Count,
                        };
                    }).ToList())
            {
                Calendars = CalendarHorizon.Warnings(definitions.Catalog.Calendars.Values, Instant.FromDateTimeUtc(now).InUtc().Date),
            },
        };
        var templates = definitions.Catalog.Templates;
        return await MailTemplateSet.Render(templates.Resolve(row.Language, null, row.Template) ?? templates.Resolve(MailTemplateSet.DefaultLanguage, null, row.Template)!, model);
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
