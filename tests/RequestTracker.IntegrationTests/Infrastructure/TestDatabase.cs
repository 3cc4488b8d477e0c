namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>An empty database of one provider, made for one fixture and dropped after it.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();
}
