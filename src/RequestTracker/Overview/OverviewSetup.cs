using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Mail;
using RequestTracker.Overview.Digest;

namespace RequestTracker.Overview;

internal static class OverviewSetup
{
    /// <summary>Lists, figures (kept in step by every save), the calendar feed, the workflow view, and the managers' digest with its worker.</summary>
    public static IServiceCollection AddOverview(this IServiceCollection services)
    {
        services.AddSingleton<ISaveChangesInterceptor, FiguresOnSave>();
        services.AddScoped<ListQuestions>();
        services.AddScoped<Figures>();
        services.AddScoped<EscalationsToday>();
        services.AddScoped<AuthorityFigures>();
        services.AddScoped<TallyCounter>();
        services.AddScoped<CategoryCounter>();
        services.AddScoped<StateCounter>();
        services.AddHostedService<FiguresWorker>();
        services.AddOptions<CalendarFeedOptions>().BindConfiguration(CalendarFeedOptions.Section)
            .Validate(o => o.AlarmWorkingDays is >= 0 and <= 30, "CalendarFeed:AlarmWorkingDays must be from 0 to 30.")
            .ValidateOnStart();
        services.AddScoped<CalendarFeed>();
        services.AddScoped<DescribeWorkflows>();
        services.AddScoped<DigestScheduler>();
        services.AddScoped<DigestComposer>();
        services.AddScoped<IStandaloneMail>(sp => sp.GetRequiredService<DigestComposer>());
        services.AddHostedService<DigestWorker>();
        return services;
    }
}
