using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Correspondence;

internal static class CorrespondenceSetup
{
    /// <summary>
    /// A request's correspondence as people handle it: reading it, previewing the request email, the outbox's failed
    /// emails, replies nothing matched, and replies received by post, fax or hand. Mail itself (sending, reading the
    /// mailbox) is below this and knows nothing of who is asking.
    /// </summary>
    public static IServiceCollection AddCorrespondence(this IServiceCollection services)
    {
        services.AddScoped<ReadCorrespondence>();
        services.AddScoped<OutboxAdmin>();
        services.AddScoped<UnmatchedReplies>();
        services.AddScoped<RecordReply>();
        services.AddScoped<RecordSending>();
        services.AddScoped<PreviewRequestEmail>();
        return services;
    }
}
