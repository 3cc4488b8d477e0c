using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Authorities;
using RequestTracker.Batches;
using RequestTracker.Correspondence;
using RequestTracker.Definitions;
using RequestTracker.Demo;
using RequestTracker.Dossiers;
using RequestTracker.Letters;
using RequestTracker.Mail;
using RequestTracker.Overview;
using RequestTracker.Publishing;
using RequestTracker.Questions;
using RequestTracker.Replies;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Search;
using RequestTracker.Users;

namespace RequestTracker;

internal static class AppServices
{
    /// <summary>
    /// Everything but the host: definitions, the runtime and mail with their workers, and each feature's handlers,
    /// registered by the feature itself (its XSetup.cs).
    /// </summary>
    public static IServiceCollection AddRequestTrackerHandlers(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddWorkflowCatalog();
        services.AddSingleton<DefinitionStore>();
        services.AddRuntime();
        services.AddMail();
        services.AddCorrespondence();
        services.AddAuthorities();
        services.AddRequests();
        services.AddUsers();
        services.AddSearch();
        services.AddDemo();
        services.AddLetters();
        services.AddDossiers();
        services.AddPublishing();
        services.AddReplies();
        services.AddBatches();
        services.AddQuestions();
        services.AddOverview();
        return services;
    }
}
