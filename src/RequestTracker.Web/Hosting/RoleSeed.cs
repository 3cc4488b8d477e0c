using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Access;

namespace RequestTracker.Web.Hosting;

/// <summary>The three roles exist in every database; creating them is idempotent.</summary>
internal static class RoleSeed
{
    public static async Task Ensure(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                try
                {
                    var result = await roles.CreateAsync(new IdentityRole(role));
                    if (!result.Succeeded)
                    {
                        throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                    }
                }
                catch (DbUpdateException)
                {
                    // Another replica may have created it at the same moment; the unique index kept one.
                    if (!await RoleCreatedElsewhere(services, role))
                    {
                        throw;
                    }
                }
            }
        }
    }

    private static async Task<bool> RoleCreatedElsewhere(IServiceProvider services, string role)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync(role);
    }
}
