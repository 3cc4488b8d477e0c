using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Dossiers;

internal static class DossiersSetup
{
    /// <summary>The handlers of dossiers: the ZIP and its timeline (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddDossiers(this IServiceCollection services)
    {
        services.AddScoped<Dossier>();
        services.AddScoped<DossierTimeline>();
        return services;
    }
}
