using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Testing;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Workflows;

/// <summary>
/// The real app on SQLite with a fake clock and the background worker off: a test moves time and runs the
/// worker by hand, so a ladder of months runs in milliseconds and every instant is exact.
/// </summary>
internal sealed class RuntimeHarness : IAsyncDisposable
{
    private readonly SqliteTestDatabase _database = new();

    private RuntimeHarness(DateTimeOffset start, Action<IServiceCollection>? also)
    {
        Clock = new FakeTimeProvider(start);
        Host = new AppHost(_database, new Dictionary<string, string?> { ["Workflows:Worker:Enabled"] = "false", ["Mail:Delivery:Enabled"] = "false" },
            services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
                also?.Invoke(services);
            });
        Host.StartServer();
    }

    public FakeTimeProvider Clock { get; }

    public AppHost Host { get; }

    public string ConnectionString => _database.ConnectionString;

    public static async Task<(RuntimeHarness Harness, CurrentUser Advocate)> Start(DateTimeOffset start, Action<IServiceCollection>? services = null)
    {
        var harness = new RuntimeHarness(start, services);
        var created = await harness.With<CreateUser, Handling.Outcome<UserResponse>>(c => c.Handle(new CreateUserInput("advocate@test.example.org", "Advocate", Roles.Advocate, "a long enough passphrase")));
        var advocate = new CurrentUser(created.Value!.Id, false, false);
        // A postal address, as a request under Russia's 8-FZ must give one.
        await harness.With<Profile, Handling.Outcome<ProfileResponse>>(p => p.Update(advocate, new ProfileInput("Advocate", "1 Test Street, Testville", null, "en"), CancellationToken.None));
        return (harness, advocate);
    }

    public Task<TResult> With<THandler, TResult>(Func<THandler, Task<TResult>> use)
        where THandler : notnull => Host.Services.With(use);

    public Task<T> Db<T>(Func<AppDbContext, Task<T>> query) => Host.Services.Db(query);

    public async Task<int> Authority(string lawId, params EscalationContactInput[] contacts)
    {
        // An authority in its law's own zone, so instants here are those of the calendar's zone.
        var catalog = Host.Services.GetRequiredService<DefinitionStore>().Catalog;
        var zone = catalog.Calendars[catalog.Laws[lawId].CalendarId].Zone.Id;
        var input = new AuthorityInput($"Authority {Guid.NewGuid():N}", "Test", "foi@authority.example.org", zone, lawId, contacts);
        var saved = await With<SaveAuthority, Handling.Outcome<AuthorityResponse>>(s => s.Create(input, CancellationToken.None));
        return saved.Value?.Id ?? throw new InvalidOperationException(string.Join("; ", saved.Errors.SelectMany(e => e.Value)));
    }

    /// <summary>Files and sends a request with <paramref name="questions"/> questions; returns its question ids.</summary>
    public async Task<(int RequestId, IReadOnlyList<int> QuestionIds)> Send(CurrentUser user, int authorityId, int questions = 2, bool autoSend = false)
    {
        // Written in the authority's language, as a request must be: nothing is translated.
        var russian = await Db(db => db.Authorities.AnyAsync(a => a.Id == authorityId && a.Language == "ru"));
        var texts = Enumerable.Range(1, questions).Select(i => new QuestionInput(QuestionCategory.Other, russian ? $"Вопрос номер {i} о документах" : $"Question {i}")).ToList();
        var input = russian
            ? new RequestInput(authorityId, "Документы", "Прошу предоставить документы.", string.Empty, texts) { AutoSend = autoSend }
            : new RequestInput(authorityId, "Documents", "Please provide.", "The law", texts) { AutoSend = autoSend };
        var filed = await With<FileRequest, Handling.Outcome<RequestResponse>>(f => f.Handle(user, input, CancellationToken.None));
        var sent = await With<SendRequest, Handling.Outcome<RequestResponse>>(s => s.Handle(user, filed.Value!.Id, CancellationToken.None));
        return (sent.Value!.Id, sent.Value.Questions.Select(q => q.Id).ToList());
    }

    public async Task<(bool Found, TransitionRefusal? Refusal)> Act(CurrentUser user, int questionId, string action, ActionInput? input = null)
    {
        var result = await With<WorkflowEngine, ActResult>(e => e.Act([questionId], Triggers.Stored(action), input ?? ActionInput.None, user.Id, CancellationToken.None));
        return (result.Found, result.Refusal);
    }

    /// <summary>Moves the clock to each due timer in turn and fires it, up to <paramref name="until"/>.</summary>
    public async Task RunUntil(DateTimeOffset until)
    {
        var worker = Host.Services.GetRequiredService<TimerWorker>();
        while (true)
        {
            var next = await Db(db => db.Timers.MinAsync(t => (DateTime?)t.DueAt));
            if (next is null || next.Value > until.UtcDateTime)
            {
                break;
            }

            if (next.Value > Clock.GetUtcNow().UtcDateTime)
            {
                Clock.SetUtcNow(new DateTimeOffset(next.Value, TimeSpan.Zero));
            }

            if (await worker.RunOnce(CancellationToken.None) == 0)
            {
                var stuck = await Db(db => db.Timers.AsNoTracking().Where(t => t.DueAt <= next.Value).ToListAsync());
                throw new InvalidOperationException($"Due timers were not fired: {string.Join(", ", stuck.Select(t => $"{t.Id} {t.Trigger} q{t.QuestionId} due {t.DueAt:O} lease {t.LeaseOwner} until {t.LeaseUntil:O}"))}");
            }
        }

        if (until > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(until);
        }
    }

    public Task<List<JournalEntry>> Journal(int questionId) =>
        Db(db => db.Journal.AsNoTracking().Where(j => j.QuestionId == questionId).OrderBy(j => j.Id).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
