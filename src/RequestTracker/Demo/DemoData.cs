using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Batches;
using RequestTracker.Data;
using RequestTracker.Replies;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.Demo;

internal sealed record DemoUser(string Email, string Role, string Password);

/// <summary>
/// Loads the case of shared/SCENARIO.md (CSTO, January 2022) so a new user sees a living system.
/// Idempotent: existing rows are kept. Demo passwords are new random ones at every start, printed
/// once, so a demo never runs with a known password.
/// </summary>
internal sealed class DemoData(
    AppDbContext db, UserManager<AppUser> users, CreateUser createUser, DemoReplay replay, TimeProvider clock,
    Correspondence.RecordReply record, Publishing.AttachmentPrivacy privacy, Publishing.Publish publish)
{
    /// <summary>Loads the case; with <paramref name="storyToday"/> its days count back from that day instead of from today.</summary>
    public async Task<IReadOnlyList<DemoUser>> Load(CancellationToken ct, DateTime? storyToday = null)
    {
        var demoUsers = new List<DemoUser>();
        foreach (var (email, name, role) in DemoCase.Users)
        {
            demoUsers.Add(await EnsureUser(email, name, role));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var fields in DemoCase.Authorities)
        {
            if (!await db.Authorities.AnyAsync(a => a.Name == fields.Name, ct))
            {
                db.Authorities.Add(new Authority(fields, now));
            }
        }

        await db.SaveChangesAsync(ct);
        await LoadRequests(storyToday ?? now, now, ct);
        return demoUsers;
    }

    /// <summary>The case's requests, their days counted back from <paramref name="story"/>; then everything due up to <paramref name="now"/> replayed.</summary>
    private async Task LoadRequests(DateTime story, DateTime now, CancellationToken ct)
    {
        var ownerIds = await db.Users.Where(u => DemoCase.Users.Select(d => d.Email).Contains(u.Email!)).Select(u => new { u.Email, u.Id }).ToListAsync(ct);
        if (await db.Requests.AnyAsync(r => ownerIds.Select(o => o.Id).Contains(r.OwnerId), ct))
        {
            return;
        }

        // Every request filed at its day; then its history (sends and actions) in time order, with the
        // timers and emails due in between replayed at their own instants.
        var authorities = await db.Authorities.ToDictionaryAsync(a => a.Name, a => a.Id, ct);
        var events = new List<(DateTime At, Func<Task> Apply)>();
        foreach (var demo in DemoTexts.Requests)
        {
            var owner = await db.Users.Where(u => u.Email == demo.OwnerEmail).Select(u => u.Id).SingleAsync(ct);
            var content = new RequestContent(authorities[demo.AuthorityName], demo.Title, demo.Body, demo.LegalBasis, demo.Questions) { Language = demo.Language };
            await File(content, owner, null, demo.FiledDaysAgo, demo.SentDaysAgo, demo.Actions, demo.Title, story, events, ct);
        }

        // The batch's text in each authority's language, as the advocate wrote it in both.
        var batch = DemoTexts.Batch;
        var batchOwner = await db.Users.Where(u => u.Email == batch.OwnerEmail).Select(u => u.Id).SingleAsync(ct);
        var filed = new Batches.Batch(batchOwner, batch.Texts["ru"].Title, story.AddDays(-batch.FiledDaysAgo));
        db.Batches.Add(filed);
        await db.SaveChangesAsync(ct);
        var languages = DemoCase.Authorities.ToDictionary(a => a.Name, a => a.Language);
        foreach (var (name, legalBasis) in batch.Authorities)
        {
            var text = batch.Texts[languages[name]];
            var content = new RequestContent(authorities[name], text.Title, text.Body, legalBasis, text.Questions) { Language = languages[name] };
            var actions = batch.Actions.Where(a => a.AuthorityName == name).Select(a => a.Action).ToList();
            await File(content, batchOwner, filed.Id, batch.FiledDaysAgo, batch.SentDaysAgo, actions, $"{text.Title} ({name})", story, events, ct);
        }

        foreach (var (at, apply) in events.OrderBy(e => e.At))
        {
            await replay.RunUntil(at, ct);
            replay.MoveTo(at);
            await apply();
        }

        await replay.RunUntil(now, ct);
        db.ChangeTracker.Clear();
        await PublishCase(filed.Id, batchOwner, story == now ? null : DateOnly.FromDateTime(story), ct);
    }

    /// <summary>
    /// The batch is published, with a letter from the Kazakh President's Office that came by post: its enclosure
    /// released, its cover note private. The Russian ministry's own request is published from next week (embargoed).
    /// </summary>
    private async Task PublishCase(int batchId, string owner, DateOnly? storyToday, CancellationToken ct)
    {
        var advocate = new CurrentUser(owner, IsManager: false, IsAdmin: false);
        var kazakh = await db.Requests.Where(r => r.BatchId == batchId && r.Authority!.Name == DemoCase.KazakhPresident).Select(r => r.Id).SingleAsync(ct);
        var today = storyToday ?? await record.TodayFor(kazakh, ct);
        string Day(int daysAgo) => today.AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var files = DemoTexts.Letter.Files.Select(f => new Correspondence.ReplyFile(f.Name, f.Text.Length, _ => Task.FromResult(System.Text.Encoding.UTF8.GetBytes(f.Text)))).ToList();
        // Posted in Astana five days ago, it arrived two days ago.
        var letter = await record.Handle(advocate, kazakh, new Correspondence.RecordReplyInput("post", Day(2), DemoTexts.Letter.From, DemoTexts.Letter.Subject, DemoTexts.Letter.Text, null, Day(5)), files, ct);
        var cover = await db.InboxAttachments.Where(a => a.InboundMessageId == letter.Value!.Id && a.OriginalName == DemoTexts.Letter.Files[1].Name).Select(a => a.Id).SingleAsync(ct);
        await privacy.Handle(advocate, kazakh, cover, new Publishing.PrivacyInput(true), ct);
        await publish.Batch(advocate, batchId, new Publishing.PublishInput(null), ct);

        var russian = await db.Requests.Where(r => r.BatchId == null && r.Title == DemoTexts.Requests[1].Title).Select(r => r.Id).SingleAsync(ct);
        var russianOwner = await db.Users.Where(u => u.Email == DemoTexts.Requests[1].OwnerEmail).Select(u => u.Id).SingleAsync(ct);
        var nextWeek = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await publish.Request(new CurrentUser(russianOwner, false, false), russian, new Publishing.PublishInput(nextWeek), ct);
    }

    /// <summary>Files one request at its day and schedules its sending and actions among <paramref name="events"/>.</summary>
    private async Task File(
        RequestContent content, string owner, int? batchId, int filedDaysAgo, int? sentDaysAgo, IReadOnlyList<DemoAction> actions, string title,
        DateTime now, List<(DateTime At, Func<Task> Apply)> events, CancellationToken ct)
    {
        var request = new Request(owner, content, now.AddDays(-filedDaysAgo), batchId);
        db.Requests.Add(request);
        await db.SaveChangesAsync(ct);
        var requestId = request.Id;
        var questionIds = request.Questions.OrderBy(q => q.Position).Select(q => q.Id).ToList();
        if (sentDaysAgo is not { } sent)
        {
            return;
        }

        events.Add((now.AddDays(-sent), () => Send(requestId, owner, now.AddDays(-sent), ct)));
        foreach (var action in actions)
        {
            var at = now.AddDays(-action.DaysAgo);
            var input = new ActionInput(action.Note, action.DocumentReference, action.Exemption, action.Extension)
            {
                LetterDate = action.Letter is { } dated ? DateOnly.FromDateTime(now.AddDays(-dated.Dated)) : null,
                ReceivedOn = action.Letter is { } arrived ? DateOnly.FromDateTime(now.AddDays(-arrived.Arrived)) : null,
            };
            events.Add((at, () => Act(questionIds[action.Position - 1], action.Action, input, owner, at, title, ct)));
        }
    }

    private async Task Send(int requestId, string owner, DateTime at, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var request = await db.Requests.SingleAsync(r => r.Id == requestId, ct);
        request.MarkSent(at);
        await replay.Engine.Start(requestId, owner, ct, Instant.FromDateTimeUtc(at));
        await db.SaveChangesAsync(ct);
    }

    private async Task Act(int questionId, Definitions.Trigger action, ActionInput input, string owner, DateTime at, string title, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var refusal = (await replay.Engine.Act([questionId], action, input, owner, ct, Instant.FromDateTimeUtc(at))).Refusal;
        if (refusal is not null)
        {
            throw new InvalidOperationException($"Demo action {Definitions.Triggers.Word(action)} on {title} refused: {refusal.Detail}");
        }
    }

    private async Task<DemoUser> EnsureUser(string email, string name, string role)
    {
        var password = PasswordGenerator.Create();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var created = await createUser.Handle(new CreateUserInput(email, name, role, password));
            if (created.Value is null)
            {
                throw new InvalidOperationException($"Could not create demo user {email}: {string.Join("; ", created.Errors.SelectMany(e => e.Value))}");
            }
        }
        else
        {
            await users.RemovePasswordAsync(user);
            var reset = await users.AddPasswordAsync(user, password);
            if (!reset.Succeeded)
            {
                throw new InvalidOperationException($"Could not reset demo password of {email}: {string.Join("; ", reset.Errors.Select(e => e.Description))}");
            }
        }

        // The postal address a request under 8-FZ must carry (the demo's letters to Russian bodies give it).
        if (DemoCase.PostalAddresses.TryGetValue(email, out var address) && await users.FindByEmailAsync(email) is { } person && person.PostalAddress != address)
        {
            person.PostalAddress = address;
            await users.UpdateAsync(person);
        }

        return new DemoUser(email, role, password);
    }
}
