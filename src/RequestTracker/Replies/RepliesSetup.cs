using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Replies.Suggestions;

namespace RequestTracker.Replies;

internal static class RepliesSetup
{
    /// <summary>
    /// Replies from authorities: filing one under its request (whichever way it came) and, per question, the actions
    /// suggested for it and their confirmation (scoped: endpoints and pages both call them).
    /// </summary>
    public static IServiceCollection AddReplies(this IServiceCollection services)
    {
        services.AddScoped<ReplyFiling>();
        services.AddScoped<SuggestForReply>();
        services.AddScoped<ClassifyReply>();
        return services;
    }
}
