using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RequestTracker.Definitions;

internal static class WorkflowSetup
{
    /// <summary>
    /// The catalog is loaded once, from the configured folder, and refuses to exist when the folder has
    /// any error: the first resolution (at start-up) throws with every error located.
    /// </summary>
    public static IServiceCollection AddWorkflowCatalog(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var folder = WorkflowPaths.Resolve(
                sp.GetRequiredService<IConfiguration>()["Workflows:Path"],
                sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
            var (catalog, errors) = WorkflowLoader.Load(folder);
            return catalog ?? throw new InvalidOperationException(
                $"The workflows folder {folder} is invalid; the app will not start:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        });
        return services;
    }
}
