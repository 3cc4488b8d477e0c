using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RequestTracker.Background;

namespace RequestTracker.Tests.Runtime;

/// <summary>
/// The lease heartbeat under a fake clock, advanced in 100 ms steps with a 10 ms real pause after each so
/// the heartbeat's loop runs: a 9 s lease is renewed every 3 s, lost when a renewal finds it taken, and
/// lost on failing renewals only once a whole lease has passed without one succeeding.
/// </summary>
public class LeaseHeartbeatTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(9);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_lease_is_renewed_every_third_of_its_length_while_the_work_goes_on()
    {
        var renewals = 0;
        await using var heartbeat = LeaseHeartbeat.Start(_ => Task.FromResult(Interlocked.Increment(ref renewals) > 0), Lease, _clock, NullLogger.Instance);

        await Advance(TimeSpan.FromSeconds(9.5));

        Assert.Equal(3, Volatile.Read(ref renewals)); // at 3, 6 and 9 s
        Assert.False(heartbeat.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task A_renewal_that_finds_the_lease_taken_trips_lost_and_stops()
    {
        var renewals = 0;
        await using var heartbeat = LeaseHeartbeat.Start(_ => Task.FromResult(Interlocked.Increment(ref renewals) < 2), Lease, _clock, NullLogger.Instance);

        await Advance(TimeSpan.FromSeconds(3.5));
        Assert.False(heartbeat.Lost.IsCancellationRequested);
        await Advance(TimeSpan.FromSeconds(9));

        Assert.True(heartbeat.Lost.IsCancellationRequested);
        Assert.Equal(2, Volatile.Read(ref renewals)); // no renewal after the lease was found taken
    }

    [Fact]
    public async Task Failing_renewals_trip_lost_only_after_a_whole_lease_without_a_renewal()
    {
        var renewals = 0;
        await using var heartbeat = LeaseHeartbeat.Start(
            _ =>
            {
                Interlocked.Increment(ref renewals);
                throw new TimeoutException("database unreachable");
            },
            Lease,
            _clock,
            NullLogger.Instance);

        await Advance(TimeSpan.FromSeconds(6.5));
        Assert.Equal(2, Volatile.Read(ref renewals));
        Assert.False(heartbeat.Lost.IsCancellationRequested); // 6 s since the last renewal: still within the lease
        await Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(3, Volatile.Read(ref renewals));
        Assert.True(heartbeat.Lost.IsCancellationRequested); // 9 s: a whole lease
    }

    [Fact]
    public async Task Disposing_stops_the_renewals()
    {
        var renewals = 0;
        var heartbeat = LeaseHeartbeat.Start(_ => Task.FromResult(Interlocked.Increment(ref renewals) > 0), Lease, _clock, NullLogger.Instance);
        await Advance(TimeSpan.FromSeconds(3.5));

        await heartbeat.DisposeAsync();
        await Advance(TimeSpan.FromSeconds(9));

        Assert.Equal(1, Volatile.Read(ref renewals));
    }

    private async Task Advance(TimeSpan span)
    {
        for (var step = TimeSpan.Zero; step < span; step += TimeSpan.FromMilliseconds(100))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }
    }
}
