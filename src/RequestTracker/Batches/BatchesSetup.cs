using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Batches;

internal static class BatchesSetup
{
    /// <summary>The handlers of batches: filing, reading, listing, sending, withdrawing, acting on a row (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddBatches(this IServiceCollection services)
    {
        services.AddScoped<FileBatch>();
        services.AddScoped<GetBatch>();
        services.AddScoped<ListBatches>();
        services.AddScoped<SendBatch>();
        services.AddScoped<WithdrawBatch>();
        services.AddScoped<ActOnRow>();
        return services;
    }
}
