using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;

namespace RequestTracker.Testing;

/// <summary>
/// A handler or the DbContext from a scope of its own, as a request gets them: what every harness of both test
/// projects does between steps (one file, compiled into both: their project files include tests/Shared).
/// </summary>
internal static class ScopedServices
{
    public static async Task<TResult> With<THandler, TResult>(this IServiceProvider services, Func<THandler, Task<TResult>> use)
        where THandler : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    public static Task<T> Db<T>(this IServiceProvider services, Func<AppDbContext, Task<T>> query) => services.With(query);
}
