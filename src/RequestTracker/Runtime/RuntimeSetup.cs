using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Background;

namespace RequestTracker.Runtime;

internal static class RuntimeSetup
{
    /// <summary>The workflow runtime: the write path, the journal chain linked on every save, timer claims, the timer worker (hosted) and its settings, checked at start.</summary>
    public static IServiceCollection AddRuntime(this IServiceCollection services)
    {
        services.AddOptions<WorkerOptions>()
            .BindConfiguration(WorkerOptions.Section)
            .Validate(o => o.BatchSize is >= 1 and <= 1000, "Workflows:Worker:BatchSize must be from 1 to 1000 (0 would claim nothing and no timer would ever fire).")
            .Validate(o => o.FireTogether is >= 1 and <= 1000, "Workflows:Worker:FireTogether must be from 1 to 1000.")
            .Validate(o => o.LeaseSeconds >= 1, "Workflows:Worker:LeaseSeconds must be at least 1: a claimed batch is held that long.")
            .Validate(o => o.MaxIdleSeconds is >= 1 and <= 3600, "Workflows:Worker:MaxIdleSeconds must be from 1 to 3600.")
            .ValidateOnStart();
        services.AddSingleton<ISaveChangesInterceptor, JournalChainOnSave>();
        services.AddSingleton<BackgroundUpgrade>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundUpgrade>());
        services.AddSingleton<WorkSignal>();
        services.AddHostedService<ReplicaWakeUp>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<CalendarUpdates>();
        services.AddScoped<WorkflowReader>();
        services.AddScoped<WorkflowTransition>();
        services.AddScoped<EmailQueue>();
        services.AddScoped<TimerFiring>();
        services.AddScoped<TimerClaims>();
        services.AddScoped<JournalVerify>();
        services.AddSingleton<TimerWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerWorker>());
        return services;
    }
}
