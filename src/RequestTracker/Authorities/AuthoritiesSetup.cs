using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Authorities;

internal static class AuthoritiesSetup
{
    /// <summary>The handlers of authorities: saving and reading them (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddAuthorities(this IServiceCollection services)
    {
        services.AddScoped<SaveAuthority>();
        services.AddScoped<ReadAuthorities>();
        return services;
    }
}
