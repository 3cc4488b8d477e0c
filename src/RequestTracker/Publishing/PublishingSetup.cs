using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Publishing;

internal static class PublishingSetup
{
    /// <summary>The handlers of publishing: publish, the public reads, attachment privacy (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddScoped<Publish>();
        services.AddScoped<PublicReads>();
        services.AddScoped<PublicBatch>();
        services.AddScoped<AttachmentPrivacy>();
        return services;
    }
}
