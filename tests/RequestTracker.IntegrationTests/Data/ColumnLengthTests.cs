using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.Definitions.Laws;
using RequestTracker.Handling;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Mail.Delivery;
using RequestTracker.Mail.Intake;
using RequestTracker.Questions;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Testing;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Data;

/// <summary>
/// PostgreSQL enforces column lengths (SQLite does not): the longest value every input accepts, and the
/// longest lease owner a host can produce, go through the app's own paths and come back whole.
/// </summary>
public sealed class ColumnLengthTests : IAsyncLifetime
{
    private PostgresTestDatabase _database = null!;
    private AppHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.Create();
        _host = new AppHost(_database, new Dictionary<string, string?> { ["Workflows:Worker:Enabled"] = "false", ["Mail:Delivery:Enabled"] = "false" });
        _host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_longest_accepted_values_and_a_253_character_host_name_fit_every_column()
    {
        var email = new string('a', 64) + "@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 57) + ".org";
        Assert.Equal(Lengths.Email, email.Length);
        var user = await With<CreateUser, Outcome<UserResponse>>(c => c.Handle(new CreateUserInput(email, new string('N', Lengths.Name), Roles.Advocate, new string('p', Lengths.Password))));
        Assert.Equal(OutcomeKind.Ok, user.Kind);
        var advocate = new CurrentUser(user.Value!.Id, false, false);
        var profile = await With<Profile, Outcome<ProfileResponse>>(p => p.Update(advocate, new ProfileInput(new string('N', Lengths.Name), new string('P', Lengths.Address), new string('9', Lengths.Phone), "en"), CancellationToken.None));
        Assert.Equal(OutcomeKind.Ok, profile.Kind);
        var authority = await With<SaveAuthority, Outcome<AuthorityResponse>>(s => s.Create(new AuthorityInput(
            new string('A', Lengths.Name), new string('J', Lengths.Jurisdiction), email, "America/Argentina/ComodRivadavia", "uk-foia-2000",
            [new EscalationContactInput(EscalationContactKind.OversightBody, new string('C', Lengths.Name), email) { Addressee = new string('c', Lengths.Name) }])
        {
            LetterName = new string('L', Lengths.Name),
            Addressee = new string('a', Lengths.Name),
            PostalAddress = new string('p', Lengths.Address),
        }, CancellationToken.None));
        Assert.Equal(OutcomeKind.Ok, authority.Kind);
        var questions = Enumerable.Range(0, Request.MaxQuestions).Select(i => new QuestionInput(QuestionCategory.Other, new string((char)('a' + i), Lengths.QuestionText))).ToList();
        var filed = await With<FileRequest, Outcome<RequestResponse>>(f => f.Handle(advocate,
            new RequestInput(authority.Value!.Id, new string('T', Lengths.Title), new string('B', Lengths.Body), new string('L', Lengths.LegalBasis), questions), CancellationToken.None));
        Assert.Equal(OutcomeKind.Ok, filed.Kind);
        var sent = await With<SendRequest, Outcome<RequestResponse>>(s => s.Handle(advocate, filed.Value!.Id, CancellationToken.None));
        var ids = sent.Value!.Questions.Select(q => q.Id).ToList();
        var note = new string('n', Lengths.ActionNote);
        await Act(advocate, ids[0], new QuestionActionInput("answered", note, new string('D', Lengths.DocumentReference), null, null));
        await Act(advocate, ids[1], new QuestionActionInput("refused", note, null, new string('E', Lengths.Exemption), null));
        await Act(advocate, ids[2], new QuestionActionInput("partially-answered", note, new string('D', Lengths.DocumentReference), new string('E', Lengths.Exemption), null));
        await Act(advocate, ids[3], new QuestionActionInput("extension-announced", note, null, null, 15));

        // A Kubernetes-style replica whose host name is as long as DNS allows.
        var owner = LeaseOwner.New(new string('h', 253), int.MaxValue);
        await Db(db => db.Timers.ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, DateTime.UtcNow.AddMinutes(-1))));
        var timers = await With<TimerClaims, LeaseClaim>(c => c.Claim(owner, 1000, TimeSpan.FromMinutes(5), CancellationToken.None));
        var fired = await With<TimerFiring, int>(e => e.FireTimers(timers.Ids, timers.Token, CancellationToken.None));

        var emails = await With<OutboxClaims, LeaseClaim>(c => c.Claim(owner, 1000, TimeSpan.FromMinutes(5), CancellationToken.None));
        await With<OutboxClaims, bool>(async c => { await c.Release(emails, CancellationToken.None); return true; });
        var mailbox = await With<MailboxLease, bool>(m => m.Take(new string('F', Lengths.Folder), owner, TimeSpan.FromMinutes(1), CancellationToken.None));
        var delivered = await _host.Services.GetRequiredService<DeliveryWorker>().RunOnce(CancellationToken.None);

        // Every question but the answered one has a timer: 2 appeal warnings, 17 deadlines.
        Assert.Equal(Request.MaxQuestions - 1, timers.Ids.Count);
        Assert.Equal(Request.MaxQuestions - 1, fired);
        Assert.NotEmpty(emails.Ids);
        Assert.True(mailbox);
        Assert.False(delivered.Unreachable);
        var stored = await Db(db => db.Requests.AsNoTracking().Include(r => r.Questions).SingleAsync(r => r.Id == filed.Value!.Id));
        Assert.Equal((Lengths.Title, Lengths.Body, Lengths.LegalBasis), (stored.Title.Length, stored.Body.Length, stored.LegalBasis.Length));
        Assert.Equal(Enumerable.Repeat(Lengths.QuestionText, Request.MaxQuestions), stored.Questions.Select(q => q.Text.Length));
        var workflows = await Db(db => db.Workflows.AsNoTracking().Where(w => w.RequestId == stored.Id).OrderBy(w => w.QuestionId).ToListAsync());
        Assert.Equal((Lengths.DocumentReference, Lengths.Exemption), (workflows[2].DocumentReference!.Length, workflows[2].Exemption!.Length));
        var actors = await Db(db => db.Journal.AsNoTracking().Where(j => j.RequestId == stored.Id && j.Actor.StartsWith(TimerFiring.TimerActor)).Select(j => j.Actor).Distinct().ToListAsync());
        Assert.Equal([TimerFiring.TimerActor + owner], actors);
        Assert.Equal(0, await Db(db => db.Outbox.CountAsync(o => o.Status != OutboxStatus.Sent)));
    }

    private async Task Act(CurrentUser user, int questionId, QuestionActionInput input)
    {
        var outcome = await With<ActOnQuestion, Outcome<QuestionView>>(a => a.Handle(user, questionId, input, CancellationToken.None));
        Assert.True(outcome.Kind == OutcomeKind.Ok, $"{input.Action}: {outcome.Kind} {outcome.Detail} {string.Join("; ", outcome.Errors.SelectMany(e => e.Value))}");
    }

    private Task<TResult> With<THandler, TResult>(Func<THandler, Task<TResult>> use)
        where THandler : notnull => _host.Services.With(use);

    private Task<T> Db<T>(Func<AppDbContext, Task<T>> query) => _host.Services.Db(query);
}
