using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Suggestions;

internal static class SuggestionsSetup
{
    /// <summary>The handlers of suggestions: a reply's suggested actions and their confirmation (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddSuggestions(this IServiceCollection services)
    {
        services.AddScoped<SuggestForReply>();
        services.AddScoped<ClassifyReply>();
        return services;
    }
}
