using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Authorities;
using RequestTracker.Background;
using RequestTracker.Definitions;
using RequestTracker.Demo;
using RequestTracker.Mail;
using RequestTracker.Overview;
using RequestTracker.Questions;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker;

internal static class AppServices
{
    /// <summary>The use-case handlers, one scoped class each; endpoints and pages both call these.</summary>
    public static IServiceCollection AddRequestTrackerHandlers(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddWorkflowCatalog();
        services.AddMail();
        services.AddScoped<SaveAuthority>();
        services.AddScoped<ReadAuthorities>();
        services.AddScoped<FileRequest>();
        services.AddScoped<EditRequest>();
        services.AddScoped<WithdrawRequest>();
        services.AddScoped<GetRequest>();
        services.AddScoped<ListRequests>();
        services.AddScoped<CreateUser>();
        services.AddScoped<ListUsers>();
        services.AddScoped<DemoData>();
        services.AddScoped<SendRequest>();
        services.AddScoped<GetQuestion>();
        services.AddScoped<ActOnQuestion>();
        services.AddScoped<ReadJournal>();
        services.AddScoped<Overview.ListQuestions>();
        services.AddScoped<Overview.Dashboard>();
        services.AddScoped<Overview.CalendarFeed>();
        services.AddScoped<DescribeWorkflows>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<TimerClaims>();
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<WorkSignal>();
        return services;
    }
}
