using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Definitions.Templates;
using RequestTracker.Replies;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.Mail;

/// <summary>A row's template variables and the questions its email lists.</summary>
internal sealed record LetterContent(MailModel Model, IReadOnlyList<int> Covers, string Language, LawDefinition Law, string? InReplyToMessageId);

/// <summary>
/// Reads what a letter about a request says, as the request stands now: the law as the letter's language cites it, the
/// requester's details it must carry, days as that language writes them in the zone the questions count in, the
/// recipient as the letter addresses it, and which questions it lists (reminders and escalations: those still open).
/// </summary>
internal sealed class LetterContext(AppDbContext db, DefinitionStore definitions, MailIdentity identity, TimeProvider clock)
{
    /// <remarks><paramref name="words"/>: the advocate's own words, for the frame of a letter they are writing (not yet saved).</remarks>
    public async Task<LetterContent> Read(OutboxMessage row, CancellationToken ct, LetterModel? words = null)
    {
        var catalog = definitions.Catalog;
        var tokens = await identity.Tokens(ct);
        var request = await db.Requests.AsNoTracking().Include(r => r.Authority).ThenInclude(a => a!.EscalationContacts).Include(r => r.Questions).AsSplitQuery().FirstAsync(r => r.Id == row.RequestId, ct);
        var authority = request.Authority!;
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == request.OwnerId).Select(u => new { u.DisplayName, u.Email, u.PostalAddress, u.Phone }).FirstAsync(ct);
        var instances = await db.Workflows.AsNoTracking().Where(w => w.RequestId == request.Id).ToDictionaryAsync(w => w.QuestionId, ct);
        var pinned = instances.Values.FirstOrDefault();
        var law = pinned is not null ? await definitions.Law(pinned.LawHash, db, ct) : catalog.Laws[authority.LawId];
        var lifecycle = pinned is not null ? await definitions.Lifecycle(pinned.LifecycleHash, db, ct) : catalog.Question;
        var language = string.IsNullOrEmpty(row.Language) ? request.Language : row.Language;

        // Days are stated in the zone the workflow counts in (the authority's when it was sent), and a deadline as its
        // last day, in the letter's language: the instant that ends it is for timers, never printed as a date.
        var zone = LocalDays.Zone(pinned?.Zone, LocalDays.Zone(authority.TimeZone));
        var now = clock.GetUtcNow();
        string Day(DateTime at) => Deadline.Format.Words(Instant.FromDateTimeUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc)).InZone(zone).Date, language);
        string LastDay(DateOnly? day) => day is { } d ? Deadline.Format.Words(d, language) : "—";
        // A draft states the deadline it would run to if sent now: the law's first deadline, registration period included.
        var deadline = instances.Count > 0
            ? LastDay(instances.Values.Min(w => w.DueOn))
            : FirstDeadline.Of(law, catalog.Calendars[law.CalendarId].InZone(zone), Instant.FromDateTimeOffset(now)).Due.Deadline.Words(language);

        QuestionModel Model(Requests.Question q)
        {
            var instance = instances.GetValueOrDefault(q.Id);
            var state = instance is null ? null : lifecycle.State(instance.State);
            var outcome = state is not null && Categories.Outcome(state.Category) ? state.Label.ToLowerInvariant() : string.Empty;
            return new QuestionModel(q.Position, q.Text, q.Category.ToString(), instance is null ? deadline : LastDay(instance.DueOn), state?.Label ?? "Draft",
                $"{law.Name}: reply {law.Response.Within}", outcome);
        }

        var own = row.QuestionId is { } qid ? request.Questions.FirstOrDefault(q => q.Id == qid) : null;
        var listed = request.Questions.OrderBy(q => q.Position)
            .Where(q => WorkflowLoader.Opens(row.Template) || q.Id == row.QuestionId || (instances.GetValueOrDefault(q.Id) is { } w && Categories.Waiting(w.Category)))
            .Where(q => row.Template != "advocate-warning" || q.Id == row.QuestionId)
            .ToList();
        var ownInstance = own is null ? null : instances.GetValueOrDefault(own.Id);
        var step = row.StepId is { } stepId ? law.Ladder.FirstOrDefault(s => s.Id == stepId) : null;
        var citation = law.Citations.GetValueOrDefault(language) ?? new LawCitation(law.Name, law.Name, string.Empty, string.Empty, string.Empty);
        var letter = row.LetterId is { } letterId ? await db.Letters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == letterId, ct) : null;
        // A step's recipient acts by the end of that step's own window, counted as the ladder counted it: from the moment the
        // step was decided (for a letter caught up late, the catch-up), or from now for a draft still waiting for the
        // advocate (it goes when they send it). Never the rung the question stands on now: a reminder drafted in catch-up
        // would state the complaint's window.
        // Before any step, by the deadline.
        var replyBy = step is not null
            ? DeadlineCalculator.After(StepLeaves(row, letter, now), step.Window, catalog.Calendars[law.CalendarId].InZone(zone), law.LastDayRollsToWorkingDay).LastDay.ToDateOnly()
            : ownInstance?.LadderEndOn ?? ownInstance?.DueOn;
        // "Your message of …" cites the date the letter bears, else the day it arrived.
        var answered = letter?.InReplyToId is { } inboxId
            ? await db.Inbox.AsNoTracking().Where(m => m.Id == inboxId && m.RequestId == request.Id).Select(m => new { m.MessageId, m.Subject, m.ReceivedAt, Dated = m.LetterDate ?? m.ReceivedOn, m.Channel }).FirstOrDefaultAsync(ct)
            : null;
        var contact = step is not null && step.To.Contact is { } kind
            ? authority.EscalationContacts.OrderBy(c => c.Position).FirstOrDefault(c => c.Kind == kind)
            : null;
        // A request the advocate sent themselves says how it went: a court claim must not call a posted request an email.
        var recorded = await db.Sendings.AsNoTracking().Where(r => r.RequestId == request.Id).Select(r => new { r.Channel, r.ReceivedOn }).FirstOrDefaultAsync(ct);
        var letterName = authority.LetterName.Length > 0 ? authority.LetterName : authority.Name;
        var model = new MailModel(
            new RequestModel($"RT-{request.Id}", request.Title, request.Body, request.LegalBasis, Day(request.SentAt ?? now.UtcDateTime), tokens.ReplyAddress(request.Id).Address)
            {
                SentBy = recorded?.Channel.ToString().ToLowerInvariant() ?? "email",
                ReceivedOn = recorded is not null ? Deadline.Format.Words(recorded.ReceivedOn, language) : Day(request.SentAt ?? now.UtcDateTime),
            },
            new PartyModel(letterName, authority.ContactEmail) { Addressee = authority.Addressee.Length > 0 ? authority.Addressee : letterName, Address = authority.PostalAddress },
            new PartyModel(owner.DisplayName, owner.Email ?? string.Empty),
            new PartyModel(row.RecipientName, row.RecipientAddress) { Addressee = contact is { Addressee.Length: > 0 } ? contact.Addressee : row.RecipientName },
            new LawModel(citation.Name, LetterWords.Span(law.Response, language), LetterWords.Within(law.Response, language), law.Response.Unit == SpanUnit.Immediately)
            {
                Binding = law.Binding,
                Soft = law.Soft,
                Genitive = citation.Genitive,
                Right = citation.Right,
                Time = citation.Time,
                Appeal = citation.Appeal,
            },
            listed.Select(Model).ToList(),
            own is null ? SampleModel.Create().Question with { Position = 0, Text = string.Empty } : Model(own),
            deadline,
            new StepModel(step?.Id ?? string.Empty, step?.NameIn(language) ?? string.Empty, LastDay(replyBy)),
            new RightsModel(law.Appeal?.NameIn(language) ?? "appeal", LastDay(ownInstance?.RightsLapseOn)) { Lapses = law.Appeal?.Lapses ?? true },
            new DigestModel(string.Empty, 0, 0, 0, 0, 0, []))
        {
            Requester = new RequesterModel(owner.DisplayName, owner.PostalAddress, owner.Email ?? string.Empty, owner.Phone),
            Letter = words ?? (letter is null ? LetterModel.Empty : new LetterModel(
                letter.Purpose.ToString(), letter.Text ?? string.Empty, answered?.Subject ?? string.Empty,
                answered is null ? string.Empty : answered.Dated is { } on ? Deadline.Format.Words(on, language) : Day(answered.ReceivedAt))),
        };

        model = model with
        {
            Transfer = await Transfer(request, law, language, Day, pinned, ct),
            Today = Day(now.UtcDateTime),
            Sent = (await db.Letters.AsNoTracking().Where(l => l.RequestId == request.Id && l.Status == LetterStatus.Sent && l.StepId != null).OrderBy(l => l.Id)
                    .Select(l => new { l.StepId, l.DecidedAt }).ToListAsync(ct))
                // A step's email that went by itself counts from when it was decided (it is delivered within moments); a failed one did not go.
                .Concat(await db.Outbox.AsNoTracking().Where(o => o.RequestId == request.Id && o.StepId != null && o.LetterId == null && o.RecipientAddress != owner.Email
                        && (o.Status == OutboxStatus.Queued || o.Status == OutboxStatus.Sent))
                    .Select(o => new { o.StepId, DecidedAt = (DateTime?)(o.SentAt ?? o.CreatedAt) }).ToListAsync(ct))
                .OrderBy(l => l.DecidedAt)
                .Select(l => new SentLetterModel(l.StepId!, law.Ladder.FirstOrDefault(s => s.Id == l.StepId)?.NameIn(language) ?? l.StepId!, Day(l.DecidedAt!.Value)))
                .ToList(),
        };

        // Only an emailed reply has a Message-Id to thread under; a letter typed in from the post has none.
        var threadUnder = answered is { Channel: ReplyChannel.Email } ? answered.MessageId : null;
        return new LetterContent(model, listed.Select(q => q.Id).ToList(), language, law, threadUnder);
    }

    private static Instant StepLeaves(OutboxMessage row, Letter? letter, DateTimeOffset now) => Instant.FromDateTimeOffset(letter switch
    {
        { Open: true } => now,
        not null => new DateTimeOffset(DateTime.SpecifyKind(letter.CreatedAt, DateTimeKind.Utc)),
        _ when row.CreatedAt > DateTime.MinValue => new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc)),
        _ => now,
    });

    /// <summary>Where a request passed on came from, as its letter to the second body says it; empty for a request filed here.</summary>
    private async Task<TransferModel> Transfer(Request request, LawDefinition law, string language, Func<DateTime, string> day, WorkflowInstance? pinned, CancellationToken ct)
    {
        if (request.TransferredFromId is not { } originId)
        {
            return TransferModel.Empty;
        }

        var origin = await db.Requests.AsNoTracking().Where(r => r.Id == originId)
            .Select(r => new { r.SentAt, r.Authority!.Name, r.Authority.LetterName, r.Authority.Addressee }).FirstAsync(ct);
        var name = origin.LetterName.Length > 0 ? origin.LetterName : origin.Name;
        // "В Министерство …" / "Министру …" go on after "направленный" with a small first letter; only Russian letters use it.
        var sentTo = origin.Addressee.Length > 0 ? char.ToLower(origin.Addressee[0], System.Globalization.CultureInfo.GetCultureInfo("ru")) + origin.Addressee[1..].ReplaceLineEndings(" ") : string.Empty;
        return new TransferModel(name, sentTo, $"RT-{originId}", origin.SentAt is { } sent ? day(sent) : string.Empty,
            request.TransferredOn is { } on ? Deadline.Format.Words(on, language) : string.Empty,
            law.Transfer.Clock == TransferClock.Continue, pinned is null ? string.Empty : day(pinned.StartedAt));
    }
}
