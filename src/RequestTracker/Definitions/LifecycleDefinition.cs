namespace RequestTracker.Definitions;

/// <summary>A timer a state arms on entry: at a named instant, it fires a trigger.</summary>
internal sealed record TimerSpec(TimerInstant At, Trigger Fires);

internal sealed record StateDefinition(
    string Id,
    string Label,
    StateCategory Category,
    bool ClockStopped,
    bool Final,
    IReadOnlyList<TimerSpec> Timers,
    IReadOnlyDictionary<Trigger, string> On);

/// <summary>
/// The lifecycle every question runs (workflows/*.yaml), versioned. A question is pinned to the
/// version and content hash it started with; the runtime keeps every version it has seen.
/// </summary>
internal sealed record LifecycleDefinition(string Id, int Version, string Name, string Initial, IReadOnlyList<StateDefinition> States, string Hash)
{
    /// <summary>The target of <see cref="Trigger.Reopened"/>: the state the question was in before its current outcome.</summary>
    public const string Previous = "previous";

    /// <summary>What each action must carry (evidence fields), by action.</summary>
    public IReadOnlyDictionary<Trigger, IReadOnlyList<string>> Requires { get; init; } = new Dictionary<Trigger, IReadOnlyList<string>>();

    public StateDefinition State(string id) => States.First(s => s.Id == id);

    public IReadOnlyList<Trigger> Permitted(string state) => State(state).On.Keys.Where(Triggers.IsAction).ToList();

    public IReadOnlyList<string> Required(Trigger action) => Requires.TryGetValue(action, out var fields) ? fields : [];
}
