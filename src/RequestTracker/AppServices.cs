using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Authorities;
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
    /// <summary>
    /// Everything but the host: definitions, the runtime and mail with their workers, and the use-case
    /// handlers (one scoped class each; endpoints and pages both call these).
    /// </summary>
    public static IServiceCollection AddRequestTrackerHandlers(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddWorkflowCatalog();
        services.AddRuntime();
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
        services.AddScoped<UserAccess>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<Search.SearchAll>();
        services.AddScoped<Search.PublicSearch>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<DemoData>();
        services.AddScoped<DemoReplay>();
        services.AddScoped<SendRequest>();
        services.AddScoped<SendCheck>();
        services.AddScoped<Letters.ReviewLetter>();
        services.AddScoped<Letters.WriteLetter>();
        services.AddScoped<Letters.ListLetters>();
        services.AddScoped<Letters.LetterRecipients>();
        services.AddScoped<Users.Profile>();
        services.AddScoped<CheckRequestJournal>();
        services.AddScoped<Dossiers.Dossier>();
        services.AddScoped<Publishing.Publish>();
        services.AddScoped<Publishing.PublicReads>();
        services.AddScoped<Publishing.AttachmentPrivacy>();
        services.AddScoped<Suggestions.SuggestForReply>();
        services.AddScoped<Suggestions.ClassifyReply>();
        services.AddScoped<Dossiers.DossierTimeline>();
        services.AddScoped<Batches.FileBatch>();
        services.AddScoped<Batches.GetBatch>();
        services.AddScoped<Batches.ListBatches>();
        services.AddScoped<Batches.SendBatch>();
        services.AddScoped<Batches.WithdrawBatch>();
        services.AddScoped<Batches.ActOnRow>();
        services.AddScoped<GetQuestion>();
        services.AddScoped<ActOnQuestion>();
        services.AddScoped<ReadJournal>();
        services.AddOverview();
        services.AddSingleton<DefinitionStore>();
        return services;
    }
}
