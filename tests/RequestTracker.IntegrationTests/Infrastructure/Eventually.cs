namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>Polls for a condition the app reaches asynchronously (a worker's effect), failing with a message on timeout.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(200);
        }
    }

    public static async Task True(Func<Task<bool>> probe, string what, TimeSpan? timeout = null) =>
        await Get<object>(async () => await probe() ? new object() : null, what, timeout);
}
