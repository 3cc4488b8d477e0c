using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Runtime;

namespace RequestTracker.Requests;

internal static class RequestsSetup
{
    /// <summary>The handlers of requests: filing, editing, sending, transferring, withdrawing, reading, checking the journal (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<IWorkflowSubjects, RequestSubjects>(); // what the engine reads of requests
        services.AddScoped<FileRequest>();
        services.AddScoped<EditRequest>();
        services.AddScoped<WithdrawRequest>();
        services.AddScoped<GetRequest>();
        services.AddScoped<ListRequests>();
        services.AddScoped<SendRequest>();
        services.AddScoped<SendCheck>();
        services.AddScoped<TransferQuestions>();
        services.AddScoped<CheckRequestJournal>();
        return services;
    }
}
