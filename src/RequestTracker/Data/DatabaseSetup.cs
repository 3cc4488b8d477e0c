using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RequestTracker.Data;

/// <summary>Chooses the provider from configuration; each provider has its own migrations assembly.</summary>
internal static class DatabaseSetup
{
    public const string ConnectionStringName = "RequestTracker";

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var text = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException(
                $"Database:Provider '{text}' is not supported; use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <summary>The connection string; for SQLite it defaults to a file in the app's data folder, created on first start.</summary>
    public static string ReadConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required for the {provider} provider.");
        }

        var dataPath = Path.GetFullPath(Path.Combine(contentRoot, configuration["DataPath"] ?? "App_Data"));
        Directory.CreateDirectory(dataPath);
        return $"Data Source={Path.Combine(dataPath, "requesttracker.db")}";
    }

    /// <summary>
    /// Registers the DbContext. Configuration is read when the container first builds a context, not
    /// here, so every configuration source (including a test host's) is already in place.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var provider = ReadProvider(configuration);
            var contentRoot = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new DatabaseSettings(provider, ReadConnectionString(configuration, provider, contentRoot));
        });
        // Pooled: the timer worker opens a context per firing, and pooling saves most of that set-up.
        services.AddDbContextPool<AppDbContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            Configure(options, settings.Provider, settings.ConnectionString);
        });
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly("RequestTracker.Migrations.Sqlite")),
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
