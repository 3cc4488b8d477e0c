using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RequestTracker.Data;

namespace RequestTracker.Tests.Runtime;

/// <summary>A wrong setting stops the app at start with the key named, instead of silently stopping a worker.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("Workflows:Worker:BatchSize", "0", "Workflows:Worker:BatchSize must be from 1 to 1000")]
    [InlineData("Workflows:Worker:MaxIdleSeconds", "0", "Workflows:Worker:MaxIdleSeconds must be from 1 to 3600")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider 'Oracle' is not supported")]
    [InlineData("CalendarFeed:AlarmWorkingDays", "-1", "CalendarFeed:AlarmWorkingDays must be from 0 to 30")]
    [InlineData("Mail:Digest:HourUtc", "24", "Mail:Digest:HourUtc must be an hour from 0 to 23")]
    public async Task A_bad_setting_stops_the_start_naming_its_key(string key, string value, string message)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RequestTracker"] = "Data Source=settings-test;Mode=Memory;Cache=Shared",
            ["Workflows:Path"] = ShippedDefinitions.Folder,
            [key] = value,
        });
        builder.Services.AddAppDatabase();
        builder.Services.AddRequestTrackerHandlers();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
