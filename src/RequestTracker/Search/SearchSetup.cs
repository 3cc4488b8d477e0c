using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Search;

internal static class SearchSetup
{
    /// <summary>The handlers of search: the signed-in one and the public one (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddScoped<SearchAll>();
        services.AddScoped<PublicSearch>();
        return services;
    }
}
