namespace RequestTracker.Definitions;

/// <summary>Reads a lifecycle definition and checks its graph: known triggers and instants, existing and reachable states.</summary>
internal static class LifecycleParser
{
    public static LifecycleDefinition? Parse(YamlNode yaml, string hash)
    {
        yaml.Only("id", "version", "name", "initial", "actions", "states");
        var id = yaml.Text("id");
        var version = yaml.Int("version");
        var name = yaml.Text("name");
        var initial = yaml.Located("initial");
        var statesNode = yaml.Mapping("states");
        if (statesNode is null)
        {
            return null;
        }

        var states = new List<StateDefinition>();
        var targets = new List<(string Target, YamlDotNet.Core.Mark At, YamlNode Node)>();
        foreach (var (stateId, at, node, owner) in statesNode.Entries())
        {
            if (node is null)
            {
                owner.Error(at, $"State '{stateId}' must be a mapping.");
                continue;
            }

            if (states.Any(s => s.Id == stateId))
            {
                owner.Error(at, $"State '{stateId}' is defined twice.");
            }

            states.Add(State(stateId, node, targets));
        }

        var known = states.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        known.Add(LifecycleDefinition.Previous);
        foreach (var (target, at, node) in targets.Where(t => !known.Contains(t.Target)))
        {
            node.Error(at, $"Transition to unknown state '{target}'.");
        }

        if (initial is { } start && !known.Contains(start.Value))
        {
            yaml.Error(start.At, $"The initial state '{start.Value}' is not defined.");
        }
        else if (initial is { } first)
        {
            foreach (var unreachable in Unreachable(first.Value, states))
            {
                statesNode.Error(statesNode.Entries().First(e => e.Key == unreachable).At, $"State '{unreachable}' cannot be reached from '{first.Value}'.");
            }
        }

        if (version is < 1)
        {
            yaml.Error("version must be 1 or more.");
        }

        var requires = Requirements(yaml);
        return id is null || version is null or < 1 || name is null || initial is null
            ? null
            : new LifecycleDefinition(id, version.Value, name, initial.Value.Value, states, hash) { Requires = requires };
    }

    /// <summary><c>actions: { answered: { requires: [documentReference] } }</c>: what an action must carry.</summary>
    private static Dictionary<Trigger, IReadOnlyList<string>> Requirements(YamlNode yaml)
    {
        var requires = new Dictionary<Trigger, IReadOnlyList<string>>();
        if (yaml.Mapping("actions", required: false) is not { } actions)
        {
            return requires;
        }

        foreach (var (action, at, node, owner) in actions.Entries())
        {
            if (Triggers.Action(action) is not { } known)
            {
                owner.Error(at, $"'{action}' is not an action; one of: {Triggers.List(Triggers.Actions)}.");
                continue;
            }

            if (node is null)
            {
                owner.Error(at, $"Action '{action}' must be a mapping with requires: [...].");
                continue;
            }

            node.Only("requires");
            var fields = node.Texts("requires");
            foreach (var (field, fieldAt) in fields.Where(f => !Evidence.All.Contains(f.Value)))
            {
                node.Error(fieldAt, $"'{field}' cannot be required; one of: {string.Join(", ", Evidence.All.Order(StringComparer.Ordinal))}.");
            }

            requires[known] = fields.Select(f => f.Value).Where(Evidence.All.Contains).ToList();
        }

        return requires;
    }

    private static StateDefinition State(string id, YamlNode node, List<(string, YamlDotNet.Core.Mark, YamlNode)> targets)
    {
        node.Only("label", "category", "clock", "final", "timers", "on");
        var label = node.Text("label", required: false) ?? id;
        var category = node.Located("category");
        var known = Categories.Parse(category?.Value);
        if (category is { } c && known is null)
        {
            node.Error(c.At, $"Unknown category '{c.Value}'; one of: {Categories.List()}.");
        }

        var clock = node.Located("clock", required: false);
        if (clock is { } k && k.Value is not ("running" or "stopped"))
        {
            node.Error(k.At, "clock must be running or stopped.");
        }

        var final = node.Bool("final") ?? false;
        var timers = new List<TimerSpec>();
        foreach (var timer in node.Mappings("timers", required: false))
        {
            timer.Only("at", "fires");
            var at = timer.Located("at");
            var fires = timer.Located("fires");
            var instant = Instants.Parse(at?.Value);
            if (at is { } a && instant is null)
            {
                timer.Error(a.At, $"Unknown instant '{a.Value}'; one of: {Instants.List()}.");
            }

            var system = Triggers.Parse(fires?.Value) is { } t && Triggers.System.Contains(t) ? t : (Trigger?)null;
            if (fires is { } f && system is null)
            {
                timer.Error(f.At, $"A timer fires a system trigger; '{f.Value}' is not one of: {string.Join(", ", Triggers.System.Select(Triggers.Word))}.");
            }

            if (instant is { } when && system is { } trigger)
            {
                timers.Add(new TimerSpec(when, trigger));
            }
        }

        var on = new Dictionary<Trigger, string>();
        if (node.Mapping("on", required: !final) is { } transitions)
        {
            foreach (var (word, target, at) in transitions.ScalarEntries())
            {
                if (Triggers.Parse(word) is not { } trigger)
                {
                    transitions.Error(at, $"Unknown trigger '{word}'.");
                    continue;
                }

                if ((trigger == Trigger.Reopened) != (target == LifecycleDefinition.Previous))
                {
                    transitions.Error(at, $"'{Triggers.Reopened}' goes to '{LifecycleDefinition.Previous}' (the state before the outcome it corrects), and only it does.");
                    continue;
                }

                on[trigger] = target;
                targets.Add((target, at, transitions));
            }
        }

        if (final && on.Keys.Any(t => t != Trigger.Reopened))
        {
            node.Error($"A final state has no transitions but '{Triggers.Reopened}' (correcting a mis-recorded outcome).");
        }

        // A withdrawal must end every running workflow, whatever state it is in.
        if (!final && !on.ContainsKey(Trigger.Withdrawn))
        {
            node.Error($"State '{id}' is not final, so it must accept '{Triggers.Withdrawn}' (a withdrawn request ends every question's workflow).");
        }

        return new StateDefinition(id, label, known ?? StateCategory.Open, clock?.Value == "stopped", final, timers, on);
    }

    private static IEnumerable<string> Unreachable(string initial, List<StateDefinition> states)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { initial };
        var queue = new Queue<string>([initial]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in states.FirstOrDefault(s => s.Id == current)?.On.Values.Where(v => v != LifecycleDefinition.Previous) ?? [])
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return states.Select(s => s.Id).Where(s => !seen.Contains(s));
    }
}
