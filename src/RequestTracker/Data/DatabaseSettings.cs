using Microsoft.Extensions.Options;

namespace RequestTracker.Data;

/// <summary>
/// <c>Database:Provider</c> and <c>ConnectionStrings:RequestTracker</c>, read from configuration and checked
/// when the app starts, so a wrong value stops start-up with a message naming the key.
/// </summary>
internal sealed class DatabaseSettings
{
    public string? ProviderName { get; set; }

    public string? ConnectionString { get; set; }

    /// <summary>Where the embedded SQLite file lives when no connection string is given.</summary>
    public string DataPath { get; set; } = "App_Data";

    public DatabaseProvider Provider =>
        string.IsNullOrWhiteSpace(ProviderName) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(ProviderName, ignoreCase: true, out var provider) && Enum.IsDefined(provider) && !int.TryParse(ProviderName, out _) ? provider
        : throw new OptionsValidationException(nameof(DatabaseSettings), typeof(DatabaseSettings), [DatabaseSettingsValidation.ProviderMessage(ProviderName)]);

    /// <summary>The connection string; for SQLite it defaults to a file in the data folder, created on first use.</summary>
    public string EffectiveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        Directory.CreateDirectory(DataPath);
        return $"Data Source={Path.Combine(DataPath, "requesttracker.db")}";
    }
}

internal sealed class DatabaseSettingsValidation : IValidateOptions<DatabaseSettings>
{
    public static string ProviderMessage(string? given) =>
        $"Database:Provider '{given}' is not supported; use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.";

    public ValidateOptionsResult Validate(string? name, DatabaseSettings options)
    {
        DatabaseProvider provider;
        try
        {
            provider = options.Provider;
        }
        catch (OptionsValidationException e)
        {
            return ValidateOptionsResult.Fail(e.Failures);
        }

        return provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail($"ConnectionStrings:{DatabaseSetup.ConnectionStringName} is required for the {provider} provider.")
            : ValidateOptionsResult.Success;
    }
}
