using RequestTracker.Data;
using RequestTracker.Demo;
using RequestTracker.Workflows;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// Runs before the server listens: migrates the database, then (demo mode only) loads the demo case and
/// prints each demo user on one line. A failure here stops the app instead of serving half a database.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // An invalid workflows folder stops the app here, before anything is served.
        services.GetRequiredService<WorkflowCatalog>();
        await DatabaseMigrator.Migrate(services, cancellationToken);
        await RoleSeed.Ensure(services);
        if (!configuration.GetValue<bool>("Demo:Enabled"))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var demoUsers = await scope.ServiceProvider.GetRequiredService<DemoData>().Load(cancellationToken);
        foreach (var user in demoUsers)
        {
            Console.WriteLine($"Demo user: {user.Email}  role: {user.Role}  password: {user.Password}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
