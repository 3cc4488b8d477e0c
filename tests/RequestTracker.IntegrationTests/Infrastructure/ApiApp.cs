using RequestTracker.Access;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Infrastructure;

public enum TestUser
{
    Admin,
    Manager,
    AdvocateA,
    AdvocateB,
}

/// <summary>
/// One app and one database per provider, shared by the API test classes of that provider (a collection
/// fixture). It creates a user of each role through the app's own handler and signs each in over HTTP.
/// </summary>
public abstract class ApiApp : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private readonly Dictionary<TestUser, HttpClient> _clients = [];
    private TestDatabase? _database;

    public AppHost Host { get; private set; } = null!;

    public Dictionary<TestUser, string> UserIds { get; } = [];

    public abstract string Provider { get; }

    public static string Email(TestUser user) => $"{user.ToString().ToLowerInvariant()}@test.example.org";

    public HttpClient Client(TestUser user) => _clients[user];

    public HttpClient Anonymous() => Host.NewClient();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabase();
        Host = new AppHost(_database, await CreateSettings());
        Host.StartServer();
        await using var scope = Host.Services.CreateAsyncScope();
        var create = scope.ServiceProvider.GetRequiredService<CreateUser>();
        foreach (var user in Enum.GetValues<TestUser>())
        {
            var role = user switch
            {
                TestUser.Admin => Roles.Admin,
                TestUser.Manager => Roles.Manager,
                _ => Roles.Advocate,
            };
            var created = await create.Handle(new CreateUserInput(Email(user), user.ToString(), role, Password));
            UserIds[user] = created.Value?.Id ?? throw new InvalidOperationException($"Could not create {user}.");
            // A postal address, as a request under Russia's 8-FZ must give one before it is sent.
            await scope.ServiceProvider.GetRequiredService<Profile>().Update(
                new CurrentUser(UserIds[user], role != Roles.Advocate, role == Roles.Admin), new ProfileInput(user.ToString(), $"{(int)user + 1} Test Street, Testville", null, null), CancellationToken.None);
            _clients[user] = await SignIn(Email(user), Password);
        }
    }

    public async Task<HttpClient> SignIn(string email, string password)
    {
        var client = Host.NewClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await DisposeServices();
    }

    protected abstract Task<TestDatabase> CreateDatabase();

    /// <summary>Settings for the app beyond its database, and the servers they point at.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string?>?> CreateSettings() => Task.FromResult<IReadOnlyDictionary<string, string?>?>(null);

    protected virtual Task DisposeServices() => Task.CompletedTask;
}

public sealed class SqliteApiApp : ApiApp
{
    public override string Provider => "Sqlite";

    protected override Task<TestDatabase> CreateDatabase() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresApiApp : ApiApp
{
    public override string Provider => "PostgreSql";

    protected override async Task<TestDatabase> CreateDatabase() => await PostgresTestDatabase.Create();
}

[CollectionDefinition(Name)]
public sealed class SqliteApi : ICollectionFixture<SqliteApiApp>
{
    public const string Name = "API on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresApi : ICollectionFixture<PostgresApiApp>
{
    public const string Name = "API on PostgreSQL";
}
