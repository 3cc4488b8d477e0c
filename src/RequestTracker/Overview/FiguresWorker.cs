using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RequestTracker.Background;

namespace RequestTracker.Overview;

/// <summary>
/// Folds category and tally deltas into their counts every few seconds, so the deltas the dashboard adds up stay few.
/// Any replica may fold; <see cref="CategoryCounter.Fold"/> is safe when two do it at once.
/// </summary>
internal sealed class FiguresWorker(IServiceScopeFactory scopes, WorkSignal signal, TimeProvider clock, ILogger<FiguresWorker> log)
    : PollingWorker(signal, clock, log)
{
    private const int Batch = 10_000;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override string Name => "figures worker";

    protected override bool Enabled => true;

    protected override async Task<NextRound> Round(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var folded = await scope.ServiceProvider.GetRequiredService<CategoryCounter>().Fold(Batch, ct);
        var tallied = await scope.ServiceProvider.GetRequiredService<TallyCounter>().Fold(Batch, ct);
        var stated = await scope.ServiceProvider.GetRequiredService<StateCounter>().Fold(Batch, ct);
        return folded == Batch || tallied == Batch || stated == Batch ? NextRound.AtOnce : new NextRound(Interval, WakeOnSignal: false);
    }
}
