using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Letters;

internal static class LettersSetup
{
    /// <summary>The handlers of letters: review, writing, the list, their recipients (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        services.AddScoped<ReviewLetter>();
        services.AddScoped<WriteLetter>();
        services.AddScoped<ListLetters>();
        services.AddScoped<LetterRecipients>();
        return services;
    }
}
