using Microsoft.Extensions.DependencyInjection;

namespace RequestTracker.Users;

internal static class UsersSetup
{
    /// <summary>The handlers of users: accounts, access, passwords, the profile (scoped: endpoints and pages both call them).</summary>
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddScoped<CreateUser>();
        services.AddScoped<ListUsers>();
        services.AddScoped<UserAccess>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<Profile>();
        return services;
    }
}
