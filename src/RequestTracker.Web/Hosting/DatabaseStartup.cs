using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Demo;
using RequestTracker.Runtime;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// Runs before the server listens: loads the workflows folder (an invalid one stops the app here),
/// migrates the database, stores the definition snapshots, moves running questions onto changed calendars, then (demo mode only) loads the demo case
/// and prints each demo user on one line. A failure stops the app instead of serving half of it.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var definitions = services.GetRequiredService<DefinitionStore>();
        await DatabaseMigrator.Migrate(services, cancellationToken);
        await RoleSeed.Ensure(services);
        await using var scope = services.CreateAsyncScope();
        await definitions.StoreSnapshots(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        // Running questions count on the current calendars: a decree or a correction since they started moves their days.
        await scope.ServiceProvider.GetRequiredService<CalendarUpdates>().Run(cancellationToken);
        if (!configuration.GetValue<bool>("Demo:Enabled"))
        {
            return;
        }

        // --demo 2022: the case on its own dates (the one year the story has), else on the present.
        var year = configuration["Demo:Year"];
        if (year is not null && year != "2022")
        {
            throw new InvalidOperationException($"Demo:Year is {year}: the demo's case can be told on the present (--demo) or on its own dates (--demo 2022).");
        }

        var demoUsers = await scope.ServiceProvider.GetRequiredService<DemoData>().Load(cancellationToken, year is null ? null : DemoCase.StoryToday);
        foreach (var user in demoUsers)
        {
            Console.WriteLine($"Demo user: {user.Email}  role: {user.Role}  password: {user.Password}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
