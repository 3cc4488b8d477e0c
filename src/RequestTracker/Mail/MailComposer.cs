using Microsoft.EntityFrameworkCore;
using MimeKit;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Definitions.Templates;
using RequestTracker.Handling;
using RequestTracker.Runtime;

namespace RequestTracker.Mail;

/// <summary>An email ready to send, and the questions it lists (each gets the journal entry of its sending).</summary>
internal sealed record ComposedMail(MimeMessage Message, IReadOnlyList<int> Covers);

/// <summary>
/// Turns an outbox row into the MIME message: template variables from the request as it stands now,
/// the signed reply address as sender, threading to the request email, and Auto-Submitted on everything
/// the runtime sends by itself. Reminders and escalations list only the questions still unanswered.
/// </summary>
internal sealed class MailComposer(AppDbContext db, DefinitionStore definitions, MailIdentity identity, IEnumerable<IStandaloneMail> standalone, TimeProvider clock)
{

    public async Task<ComposedMail> Compose(OutboxMessage row, CancellationToken ct)
    {
        var tokens = await identity.Tokens(ct);
        var catalog = definitions.Catalog;
        if (row.RequestId is null)
        {
            // Emails about no request (the digest) are composed by their feature; one rendered when it was
            // queued (a password link) has no composer and cannot be rendered again.
            var composer = standalone.FirstOrDefault(s => s.Template == row.Template)
                ?? throw new UnsafeMailException($"The '{row.Template}' email cannot be rendered again; it was complete when queued.");
            return new ComposedMail(await composer.Compose(row, tokens, ct), []);
        }

        if (!catalog.Templates.Contains(row.Template))
        {
            throw new UnsafeMailException($"The template '{row.Template}' no longer exists in workflows/templates.");
        }

        var request = await db.Requests.AsNoTracking().Include(r => r.Authority).Include(r => r.Questions).AsSplitQuery().FirstAsync(r => r.Id == row.RequestId, ct);
        var authority = request.Authority!;
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == request.OwnerId).Select(u => new { u.DisplayName, u.Email }).FirstAsync(ct);
        var instances = await db.Workflows.AsNoTracking().Where(w => w.RequestId == request.Id).ToDictionaryAsync(w => w.QuestionId, ct);
        var law = instances.Values.FirstOrDefault() is { } pinned ? await definitions.Law(pinned.LawHash, db, ct) : catalog.Laws[authority.LawId];
        var lifecycle = instances.Values.FirstOrDefault() is { } first ? await definitions.Lifecycle(first.LifecycleHash, db, ct) : catalog.Question;
        // Days are stated in the zone the workflow counts in (the authority's when it was sent), and a
        // deadline as its last day: the instant that ends it is for timers, never printed as a date.
        var zone = LegalDay.Zone(instances.Values.FirstOrDefault()?.Zone, LegalDay.Zone(authority.TimeZone));
        string Day(DateTime? at) => MailDates.Day(at, zone);
        string LastDay(DateTime? end) => LegalDay.Of(end, zone) is { } day ? LegalDay.Words(day) : "not set";
        var now = clock.GetUtcNow();
        var deadline = instances.Count > 0
            ? LastDay(instances.Values.Min(w => w.DueAt))
            : LegalDay.Words(LegalDay.Of(Projected(law, catalog.Calendars[law.CalendarId].InZone(zone), now), zone));

        QuestionModel Model(Requests.Question q)
        {
            var instance = instances.GetValueOrDefault(q.Id);
            var state = instance is null ? null : lifecycle.State(instance.State);
            var outcome = state is not null && Categories.Outcome(state.Category) ? state.Label.ToLowerInvariant() : string.Empty;
            return new QuestionModel(q.Position, q.Text, q.Category.ToString(), instance is null ? deadline : LastDay(instance.DueAt), state?.Label ?? "Draft", $"{law.Name}: reply {law.Response.Within}", outcome);
        }

        var own = row.QuestionId is { } qid ? request.Questions.FirstOrDefault(q => q.Id == qid) : null;
        var listed = request.Questions.OrderBy(q => q.Position)
            .Where(q => row.Template == "request" || q.Id == row.QuestionId || (instances.GetValueOrDefault(q.Id) is { } w && (w.Category is Categories.Open or Categories.Escalated)))
            .Where(q => row.Template != "advocate-warning" || q.Id == row.QuestionId)
            .ToList();
        var ownInstance = own is null ? null : instances.GetValueOrDefault(own.Id);
        var step = row.StepId is { } stepId ? law.Ladder.FirstOrDefault(s => s.Id == stepId) : null;
        // A step's recipient acts by the end of the step's window; before any step, by the deadline.
        var replyBy = ownInstance?.LadderEndAt ?? ownInstance?.DueAt;
        var reply = tokens.ReplyAddress(request.Id);
        var model = new MailModel(
            new RequestModel($"RT-{request.Id}", request.Title, request.Body, request.LegalBasis, Day(request.SentAt ?? now.UtcDateTime), reply.Address),
            new PartyModel(authority.Name, authority.ContactEmail),
            new PartyModel(owner.DisplayName, owner.Email ?? string.Empty),
            new PartyModel(row.RecipientName, row.RecipientAddress),
            new LawModel(law.Name, law.Response.ToString(), law.Response.Within, law.Response.Unit == SpanUnit.Immediately),
            listed.Select(Model).ToList(),
            own is null ? SampleModel.Create().Question with { Position = 0, Text = string.Empty } : Model(own),
            deadline,
            new StepModel(step?.Id ?? string.Empty, step?.Name ?? string.Empty, LastDay(replyBy)),
            new RightsModel(law.Appeal?.Name ?? "appeal", LastDay(ownInstance?.RightsLapseAt)),
            new DigestModel(string.Empty, 0, 0, 0, 0, 0, []));

        var rendered = await catalog.Templates.Render(row.Template, model);
        var message = Envelope(row, tokens, rendered, now);
        message.From.Add(new MailboxAddress(HeaderValue.Check($"{owner.DisplayName} via RequestTracker", "sender name"), reply.Address));
        message.ReplyTo.Add(new MailboxAddress(null, reply.Address));
        if (row.Template != "request")
        {
            // Follow-ups thread under the request email, whose Message-Id is derived from its row like every other.
            var original = await db.Outbox.AsNoTracking().Where(o => o.DedupKey == $"request:{request.Id}:sent").Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
            if (original is { } id)
            {
                message.InReplyTo = tokens.MessageId(id);
                message.References.Add(tokens.MessageId(id));
            }

            message.Headers.Add("Auto-Submitted", "auto-generated");
        }

        message.Headers.Add("X-RequestTracker-Request", $"RT-{request.Id}");
        return new ComposedMail(message, listed.Select(q => q.Id).ToList());
    }

    /// <summary>The deadline a draft would get if it were sent now (what the preview tells the advocate).</summary>
    private static Instant Projected(LawDefinition law, WorkCalendar calendar, DateTimeOffset now) =>
        DeadlineCalculator.Add(Instant.FromDateTimeOffset(now), law.Response, calendar, law.LastDayRollsToWorkingDay).Due;

    /// <summary>The headers and bodies every email shares; the caller adds the sender.</summary>
    internal static MimeMessage Envelope(OutboxMessage row, MailTokens tokens, RenderedMail rendered, DateTimeOffset now)
    {
        var message = new MimeMessage
        {
            MessageId = tokens.MessageId(row.Id),
            Subject = rendered.Subject,
            Date = now,
            Body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html }.ToMessageBody(),
        };
        message.To.Add(new MailboxAddress(HeaderValue.Check(row.RecipientName, "recipient name"), HeaderValue.Check(row.RecipientAddress, "recipient address")));
        return message;
    }
}
