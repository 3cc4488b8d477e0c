using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Handling;
using RequestTracker.Questions;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Testing;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// The core without a web host: the real handlers, engine and timer claims on an in-memory SQLite
/// database, a fake clock, and no background worker — a test moves time and fires timers itself, so a
/// year of a ladder runs in milliseconds and every instant is exact.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    private readonly SqliteConnection _keepAlive;
    private readonly IHost _host;

    private EngineHarness(DateTimeOffset start, string lawId, string zone, Action<IServiceCollection>? services)
    {
        Clock = new FakeTimeProvider(start);
        var database = $"Data Source=engine-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        _keepAlive = new SqliteConnection(database);
        _keepAlive.Open(); // an in-memory database lives as long as one connection to it
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RequestTracker"] = database,
            ["Workflows:Path"] = ShippedDefinitions.Folder,
            ["Workflows:Worker:Enabled"] = "false",
            ["Mail:Delivery:Enabled"] = "false",
            ["Mail:Digest:Enabled"] = "false",
        });
        builder.Services.AddAppDatabase();
        builder.Services.AddRequestTrackerHandlers();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        services?.Invoke(builder.Services);
        _host = builder.Build();
        LawId = lawId;
        Zone = zone;
    }

    /// <summary>The authority's time zone.</summary>
    public string Zone { get; }

    public FakeTimeProvider Clock { get; }

    public string LawId { get; }

    public CurrentUser Advocate { get; } = new("advocate-1", false, false);

    public CurrentUser OtherAdvocate { get; } = new("advocate-2", false, false);

    public CurrentUser Manager { get; } = new("manager-1", true, false);

    public int AuthorityId { get; private set; }

    /// <summary>A harness whose clock starts at <paramref name="start"/>, with one authority under <paramref name="lawId"/> in <paramref name="zone"/>, and extra <paramref name="services"/> (a test's interceptor) added last.</summary>
    public static async Task<EngineHarness> Start(DateTimeOffset start, string lawId = "uk-foia-2000", string zone = "Europe/London", Action<IServiceCollection>? services = null)
    {
        var harness = new EngineHarness(start, lawId, zone, services);
        await DatabaseMigrator.Migrate(harness._host.Services, CancellationToken.None);
        await harness.Db(async db =>
        {
            await harness._host.Services.GetRequiredService<DefinitionStore>().StoreSnapshots(db, CancellationToken.None);
            foreach (var (id, name) in new[] { ("advocate-1", "Aliya Advocate"), ("advocate-2", "Boris Advocate"), ("manager-1", "Maria Manager") })
            {
                db.Users.Add(new AppUser { Id = id, UserName = $"{id}@test.example.org", Email = $"{id}@test.example.org", DisplayName = name, PostalAddress = "1 Test Street, Testville" });
            }

            return await db.SaveChangesAsync();
        });
        var input = new AuthorityInput("Ministry of Tests", "Test", "foi@ministry.example.org", zone, lawId,
            [new EscalationContactInput(RequestTracker.Definitions.Laws.EscalationContactKind.OversightBody, "Information Commissioner", "casework@ico.example.org")]);
        var saved = await harness.With<SaveAuthority, Outcome<AuthorityResponse>>(s => s.Create(input, CancellationToken.None));
        harness.AuthorityId = saved.Value?.Id ?? throw new InvalidOperationException(string.Join("; ", saved.Errors.SelectMany(e => e.Value)));
        return harness;
    }

    public Task<TResult> With<THandler, TResult>(Func<THandler, Task<TResult>> use)
        where THandler : notnull => _host.Services.With(use);

    public Task<T> Db<T>(Func<AppDbContext, Task<T>> query) => _host.Services.Db(query);

    /// <summary>Files and sends a request with <paramref name="questions"/> questions as the advocate; returns its ids.</summary>
    public async Task<(int RequestId, IReadOnlyList<int> QuestionIds)> Send(int questions = 2)
    {
        var filed = await Draft(questions);
        var sent = await With<SendRequest, Outcome<RequestResponse>>(s => s.Handle(Advocate, filed.Id, CancellationToken.None));
        return (sent.Value!.Id, sent.Value.Questions.Select(q => q.Id).ToList());
    }

    /// <summary>Files a request with <paramref name="questions"/> questions as the advocate and leaves it a draft.</summary>
    public async Task<RequestResponse> Draft(int questions = 2)
    {
        // Written in the authority's language, as a request must be: nothing is translated.
        var russian = await Db(db => db.Authorities.AnyAsync(a => a.Id == AuthorityId && a.Language == "ru"));
        var input = russian
            ? new RequestInput(AuthorityId, "Документы", "Прошу предоставить документы.", string.Empty,
                Enumerable.Range(1, questions).Select(i => new QuestionInput(QuestionCategory.Other, $"Вопрос номер {i} о документах"))
                    .ToList())
            : new RequestInput(AuthorityId, "Documents", "Please provide.", "The law",
                Enumerable.Range(1, questions).Select(i => new QuestionInput(QuestionCategory.Other, $"Question {i}")).ToList());
        var filed = await With<FileRequest, Outcome<RequestResponse>>(f => f.Handle(Advocate, input, CancellationToken.None));
        return filed.Value!;
    }

    public Task<Outcome<QuestionView>> Act(int questionId, string action, string? note = null, string? documentReference = null, string? exemption = null, int? extension = null) =>
        With<ActOnQuestion, Outcome<QuestionView>>(a => a.Handle(Advocate, questionId, new QuestionActionInput(action, note, documentReference, exemption, extension), CancellationToken.None));

    public Task<Outcome<QuestionView>> Question(int questionId, CurrentUser? user = null) =>
        With<GetQuestion, Outcome<QuestionView>>(g => g.Handle(user ?? Advocate, questionId, CancellationToken.None));

    /// <summary>Moves the clock to each due timer in turn and fires it, up to <paramref name="until"/>; returns how many fired.</summary>
    public async Task<int> RunUntil(DateTimeOffset until)
    {
        var fired = 0;
        var worker = Worker();
        while (await Db(db => db.Timers.MinAsync(t => (DateTime?)t.DueAt)) is { } next && next <= until.UtcDateTime)
        {
            if (next > Clock.GetUtcNow().UtcDateTime)
            {
                Clock.SetUtcNow(new DateTimeOffset(next, TimeSpan.Zero));
            }

            var claimed = await worker.RunOnce(CancellationToken.None);
            if (claimed == 0)
            {
                throw new InvalidOperationException($"A timer due at {next:O} was not claimed.");
            }

            fired += claimed;
        }

        if (until > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(until);
        }

        return fired;
    }

    /// <summary>The timer worker, to claim and fire one batch at the clock's present (<see cref="TimerWorker.RunOnce"/>).</summary>
    public TimerWorker Worker() => _host.Services.GetRequiredService<TimerWorker>();

    public Task<List<JournalEntry>> Journal(int questionId) =>
        Db(db => db.Journal.AsNoTracking().Where(j => j.QuestionId == questionId).OrderBy(j => j.Id).ToListAsync());

    public Task<List<OutboxMessage>> Outbox(int requestId) =>
        Db(db => db.Outbox.AsNoTracking().Where(o => o.RequestId == requestId).OrderBy(o => o.Id).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await _keepAlive.DisposeAsync();
    }
}
