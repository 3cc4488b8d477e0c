using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RequestTracker.Data;

/// <summary>Chooses the provider from configuration; each provider has its own migrations assembly.</summary>
internal static class DatabaseSetup
{
    public const string ConnectionStringName = "RequestTracker";

    /// <summary>
    /// Registers the settings (validated at start) and the DbContext. Configuration is read when the
    /// container first needs it, not here, so every configuration source (including a test host's) is in place.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseSettings>()
            .Configure<IConfiguration, IHostEnvironment>((settings, configuration, environment) =>
            {
                settings.ProviderName = configuration["Database:Provider"];
                settings.ConnectionString = configuration.GetConnectionString(ConnectionStringName);
                settings.DataPath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration["DataPath"] ?? "App_Data"));
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseSettings>, DatabaseSettingsValidation>();

        // Pooled: the timer worker opens a context per firing, and pooling saves most of that set-up.
        services.AddDbContextPool<AppDbContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<IOptions<DatabaseSettings>>().Value;
            Configure(options, settings.Provider, settings.EffectiveConnectionString());
            // The save-time rules each feature registered (its figures, the journal's chain).
            options.AddInterceptors(sp.GetServices<ISaveChangesInterceptor>());
        });
        return services;
    }

    private static readonly SqliteBusyTimeout BusyTimeout = new();

    private static readonly CommandFailureLog FailedCommands = new();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        // SQLite rebuilds a table to alter it, with foreign keys switched off outside the migration's
        // transaction; EF warns about that on every first start. It is expected, so it is logged as debug.
        // A failed command or save is logged by CommandFailureLog, which knows an expected collision from a failure.
        Provider(
            options.ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug))).AddInterceptors(FailedCommands),
            provider,
            connectionString);

    private static DbContextOptionsBuilder Provider(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug))).AddInterceptors(BusyTimeout).UseSqlite(connectionString, o => o.MigrationsAssembly("RequestTracker.Migrations.Sqlite")),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly("RequestTracker.Migrations.SqlServer")),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, o => o.MigrationsAssembly("RequestTracker.Migrations.PostgreSql")),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };

    /// <summary>Options for design-time tools and tests, which build the context without a host.</summary>
    public static DbContextOptions<AppDbContext> Options(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }
}
