using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Demo;

internal static class DemoSetup
{
    /// <summary>The handlers of the demo: its data and the replay of its case (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoData>();
        services.AddScoped<DemoReplay>();
        return services;
    }
}
