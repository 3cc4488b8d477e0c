using RequestTracker.Access;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Definitions;
using RequestTracker.Handling;

namespace RequestTracker.Overview;

internal sealed record WorkflowSummary(string Id, int Version, string Name, string Hash, int StateCount);

internal sealed record StateView(string Id, string Label, StateCategory Category, bool ClockStopped, bool Final, IReadOnlyList<TimerSpec> Timers, IReadOnlyDictionary<Trigger, string> On, int? Questions);

internal sealed record WorkflowView(string Id, int Version, string Name, string Hash, string Initial, IReadOnlyList<StateView> States, string Mermaid, string? HighlightedState);

/// <summary>The loaded lifecycle definitions, and one of them as a diagram (Mermaid) with how many of the caller's visible questions stand in each state.</summary>
internal sealed class DescribeWorkflows(StateCounter tallies, WorkflowCatalog catalog)
{
    public IReadOnlyList<WorkflowSummary> List() =>
        catalog.Lifecycles.Values.OrderBy(l => l.Id, StringComparer.Ordinal)
            .Select(l => new WorkflowSummary(l.Id, l.Version, l.Name, l.Hash, l.States.Count)).ToList();

    /// <remarks><paramref name="counted"/>: whether to read the questions in each state (one question's page only places its own).</remarks>
    public async Task<Outcome<WorkflowView>> Get(CurrentUser user, string id, string? highlight, CancellationToken ct, bool counted = true)
    {
        if (!catalog.Lifecycles.TryGetValue(id, out var lifecycle))
        {
            return Outcome<WorkflowView>.NotFound();
        }

        if (highlight is not null && lifecycle.States.All(s => s.Id != highlight))
        {
            var errors = new ValidationErrors();
            errors.Add("state", $"'{highlight}' is not a state of {id}.");
            return Outcome<WorkflowView>.Invalid(errors);
        }

        // Counted over the questions the caller may see (an advocate's figures are their own), from maintained counts.
        var counts = counted ? await tallies.Read(user, id, ct) : null;
        var states = lifecycle.States
            .Select(s => new StateView(s.Id, s.Label, s.Category, s.ClockStopped, s.Final, s.Timers, s.On, counts?.GetValueOrDefault(s.Id)))
            .ToList();
        return Outcome<WorkflowView>.Ok(new WorkflowView(lifecycle.Id, lifecycle.Version, lifecycle.Name, lifecycle.Hash, lifecycle.Initial, states,
            Mermaid(lifecycle, highlight), highlight));
    }

    /// <summary>A state diagram; timer triggers are drawn dashed, the highlighted state is styled "current".</summary>
    public static string Mermaid(LifecycleDefinition lifecycle, string? highlight)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        text.Append("    classDef current fill:#f0b400,stroke:#1b1f23,stroke-width:3px\n");
        foreach (var state in lifecycle.States)
        {
            text.Append(CultureInfo.InvariantCulture, $"    state \"{state.Label}\" as {Id(state.Id)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"    [*] --> {Id(lifecycle.Initial)}\n");
        foreach (var state in lifecycle.States)
        {
            foreach (var (trigger, target) in state.On.Where(t => t.Value != state.Id && t.Value != LifecycleDefinition.Previous))
            {
                text.Append(CultureInfo.InvariantCulture, $"    {Id(state.Id)} --> {Id(target)}: {Triggers.Word(trigger)}{(Triggers.System.Contains(trigger) ? " (auto)" : string.Empty)}\n");
            }

            if (state.Final)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {Id(state.Id)} --> [*]\n");
            }
        }

        if (highlight is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"    class {Id(highlight)} current\n");
        }

        return text.ToString();
    }

    private static string Id(string state) => state.Replace('-', '_');
}
