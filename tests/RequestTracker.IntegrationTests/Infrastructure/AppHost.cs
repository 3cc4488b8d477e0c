using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>The real app on a real Kestrel port (not TestServer), configured for one test database.</summary>
public sealed class AppHost : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _dataPath = Directory.CreateTempSubdirectory("rt-data-").FullName;

    private readonly Action<IServiceCollection>? _services;

    public AppHost(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _database = database;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        UseKestrel(0);
    }

    /// <summary>The Kestrel address the server bound (port 0 picks a free one).</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>A client over a real socket to the Kestrel port; cookies kept when a test acts as a browser.</summary>
    public HttpClient NewClient(bool handleCookies = false) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = handleCookies }) { BaseAddress = ServerAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:RequestTracker", _database.ConnectionString);
        builder.UseSetting("DataPath", _dataPath);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // A query loading two collections in one statement (rows multiplied by the join) only logs a warning
        // in the app; here it fails the test that runs it.
        builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>(
            options => options.ConfigureWarnings(w => w.Throw(RelationalEventId.MultipleCollectionIncludeWarning))));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_dataPath, recursive: true);
    }
}
