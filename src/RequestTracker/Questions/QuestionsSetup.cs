using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Questions;

internal static class QuestionsSetup
{
    /// <summary>The handlers of questions: reading one, acting on it, its journal (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddScoped<GetQuestion>();
        services.AddScoped<ActOnQuestion>();
        services.AddScoped<ReadJournal>();
        return services;
    }
}
