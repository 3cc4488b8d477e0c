namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Polls for a condition the app reaches asynchronously (a worker's effect), failing with a message on
/// timeout: the only way tests wait, never a fixed sleep.
/// </summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null, TimeSpan? every = null)
        where T : class
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {limit.TotalSeconds:0.#} s waiting for {what}.");
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(200));
        }
    }

    public static async Task True(Func<Task<bool>> probe, string what, TimeSpan? timeout = null, TimeSpan? every = null) =>
        await Get<object>(async () => await probe() ? new object() : null, what, timeout, every);
}
