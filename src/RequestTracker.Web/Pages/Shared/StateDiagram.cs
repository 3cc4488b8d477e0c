using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using RequestTracker.Definitions;
using RequestTracker.Overview;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages.Shared;

/// <summary>What to draw: a definition, and for one question the way it came and the timers armed on it.</summary>
internal sealed record DiagramModel(WorkflowView View, IReadOnlyList<(string From, string To)> Path, IReadOnlyList<string> ArmedTimers)
{
    public static DiagramModel Of(WorkflowView view) => new(view, [], []);
}

/// <summary>
/// A lifecycle drawn as SVG on the server (no script): states as boxes in three columns — waiting,
/// escalated, outcomes — transitions as labelled arrows, the current state and the way the question
/// came highlighted. A transition found in most states (an outcome, "withdrawn") is said once above the
/// boxes instead of drawn from each, unless this question took it; a state's transitions to itself are
/// listed in its box. Arrows within a column run down its left side.
/// </summary>
internal static class StateDiagram
{
    private const int Width = 230;
    private const int ColumnGap = 190;
    private const int RowGap = 28;
    private const int Line = 16;
    private const int Margin = 20;
    private const int Gutter = 80;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IHtmlContent Render(DiagramModel model)
    {
        var view = model.View;
        var states = view.States.ToDictionary(s => s.Id);
        var everywhere = Everywhere(view);
        var visited = model.Path.SelectMany(p => new[] { p.From, p.To }).ToHashSet();
        var walked = model.Path.ToHashSet();

        // Place the boxes: a column per kind of state, in the definition's order.
        var boxes = new Dictionary<string, (double X, double Y, double H, int Column)>();
        var columnY = new double[3];
        var notes = NoteLines(everywhere, states);
        var top = Margin + (notes.Count * Line) + 8;
        Array.Fill(columnY, top);
        var lines = view.States.ToDictionary(s => s.Id, s => Lines(s, view, model));
        foreach (var state in view.States)
        {
            var column = Column(state.Category);
            var height = (lines[state.Id].Count * Line) + 14;
            boxes[state.Id] = (Margin + Gutter + (column * (Width + ColumnGap)), columnY[column], height, column);
            columnY[column] += height + RowGap;
        }

        // A picture to assistive technology, unless its counts are links: an image cannot contain controls.
        var linked = view.States.Any(s => s.Questions is > 0 && s.Id != view.HighlightedState);
        var svg = new XElement(Svg + "svg",
            new XAttribute("class", "state-diagram"),
            new XAttribute("role", linked ? "group" : "img"),
            new XAttribute("aria-labelledby", "diagram-title diagram-desc"),
            new XAttribute("viewBox", $"0 0 {(Margin * 2) + Gutter + (3 * Width) + (2 * ColumnGap)} {Num(columnY.Max() + Margin)}"),
            new XElement(Svg + "title", new XAttribute("id", "diagram-title"), Words.T("States of {0}", Words.T(view.Name))),
            new XElement(Svg + "desc", new XAttribute("id", "diagram-desc"), Describe(view, model)),
            Defs());
        for (var i = 0; i < notes.Count; i++)
        {
            svg.Add(Text(Margin, Margin + 4 + (i * Line), notes[i], "note"));
        }

        // Arrows first, so boxes sit on top of their ends; each source spreads its arrows down its side.
        foreach (var state in view.States)
        {
            var edges = state.On.Where(t => t.Value != state.Id && t.Value != Definitions.LifecycleDefinition.Previous && states.ContainsKey(t.Value)
                    && (!everywhere.Contains((t.Key, t.Value)) || walked.Contains((state.Id, t.Value))))
                .GroupBy(t => t.Value, t => t.Key).ToList();
            for (var i = 0; i < edges.Count; i++)
            {
                var target = edges[i].Key;
                svg.Add(Arrow(boxes[state.Id], boxes[target], i, edges.Count, string.Join(", ", edges[i].Select(t => Display.Event(t))), walked.Contains((state.Id, target))));
            }
        }

        foreach (var state in view.States)
        {
            svg.Add(Box(state, boxes[state.Id], lines[state.Id], view.HighlightedState, visited.Contains(state.Id)));
        }

        return new HtmlString(svg.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>Transitions (trigger and target) found in at least half of the states that are not final.</summary>
    private static HashSet<(Trigger Trigger, string Target)> Everywhere(WorkflowView view)
    {
        var open = view.States.Where(s => !s.Final).ToList();
        return open.SelectMany(s => s.On.Where(t => t.Value != s.Id).Select(t => (Trigger: t.Key, Target: t.Value)))
            .GroupBy(e => e)
            .Where(g => g.Key.Target != Definitions.LifecycleDefinition.Previous && g.Count() >= Math.Max(3, (open.Count + 1) / 2))
            .Select(g => g.Key)
            .ToHashSet();
    }

    /// <summary>The transitions said once, wrapped into lines of about a hundred characters.</summary>
    private static List<string> NoteLines(HashSet<(Trigger Trigger, string Target)> everywhere, Dictionary<string, StateView> states)
    {
        var lines = new List<string>();
        var line = Words.T("From most states:");
        foreach (var (trigger, target) in everywhere.OrderBy(e => Triggers.Word(e.Trigger), StringComparer.Ordinal))
        {
            var part = $" {Display.Event(trigger)} → {Display.State(states[target].Label)};";
            if (line.Length + part.Length > 110)
            {
                lines.Add(line);
                line = "  ";
            }

            line += part;
        }

        if (everywhere.Count > 0)
        {
            lines.Add(line.TrimEnd(';'));
        }

        return lines;
    }

    private static int Column(StateCategory category) => category switch
    {
        StateCategory.Open or StateCategory.Paused => 0,
        StateCategory.Escalated => 1,
        _ => 2,
    };

    private static List<(string Text, string Class)> Lines(StateView state, WorkflowView view, DiagramModel model)
    {
        var current = state.Id == view.HighlightedState;
        var lines = new List<(string, string)> { ((current ? "▶ " : string.Empty) + Display.State(state.Label), "name") };
        var meta = Meta(state);
        if (state.Questions is int n)
        {
            meta += " · " + Words.Count(n, "{0} question|{0} questions");
        }

        lines.Add((meta, "meta"));
        var loops = state.On.Where(t => t.Value == state.Id).Select(t => Display.Event(t.Key)).ToList();
        if (loops.Count > 0)
        {
            lines.Add(("↻ " + string.Join(", ", loops), "meta"));
        }

        if (state.On.Where(t => t.Value == Definitions.LifecycleDefinition.Previous).Select(t => (Trigger?)t.Key).FirstOrDefault() is { } back)
        {
            lines.Add((Words.T("↩ {0}: back to the state before", Display.Event(back)), "meta"));
        }

        if (current)
        {
            lines.AddRange(model.ArmedTimers.Select(t => (Words.T("timer: {0}", t), "timer")));
        }
        else
        {
            lines.AddRange(state.Timers.Select(t => (Words.T("timer: {0} at {1}", Display.Event(t.Fires), Display.Instant(t.At)), "meta")));
        }

        return lines;
    }

    private static XElement Box(StateView state, (double X, double Y, double H, int Column) at, IReadOnlyList<(string Text, string Class)> lines, string? highlighted, bool visited)
    {
        var current = state.Id == highlighted;
        var css = $"box cat-{Categories.Word(state.Category)}{(current ? " current" : visited ? " visited" : string.Empty)}";
        var group = new XElement(Svg + "g", new XAttribute("class", css), new XAttribute("data-state", state.Id),
            new XElement(Svg + "rect", new XAttribute("x", Num(at.X)), new XAttribute("y", Num(at.Y)), new XAttribute("width", Width), new XAttribute("height", Num(at.H)), new XAttribute("rx", 6)));
        var y = at.Y + 4;
        foreach (var (text, kind) in lines)
        {
            y += Line;
            group.Add(Text(at.X + 10, y, kind == "name" ? Clip(text, 27) : Clip(text, 36), kind));
        }

        if (state.Questions is > 0 && !current)
        {
            // The count links to the questions standing here.
            return new XElement(Svg + "a", new XAttribute("href", $"/questions?state={Uri.EscapeDataString(state.Id)}"), group);
        }

        return group;
    }

    private static XElement Arrow((double X, double Y, double H, int Column) from, (double X, double Y, double H, int Column) to, int index, int count, string label, bool walked)
    {
        // Leave from the side facing the target, at a height spread by the arrow's rank; arrive at the facing side's middle.
        var startY = from.Y + (from.H * (index + 1) / (count + 1));
        var endY = to.Y + (to.H / 2);
        double startX, endX, c1, c2;
        if (to.Column > from.Column)
        {
            (startX, endX) = (from.X + Width, to.X);
            (c1, c2) = (startX + (ColumnGap / 2.0), endX - (ColumnGap / 2.0));
        }
        else if (to.Column < from.Column)
        {
            (startX, endX) = (from.X, to.X + Width);
            (c1, c2) = (startX - (ColumnGap / 2.0), endX + (ColumnGap / 2.0));
        }
        else
        {
            // Within a column: out of the left side and back into it, bulging into the gutter.
            (startX, endX) = (from.X, to.X);
            (c1, c2) = (startX - 55 - (index * 10), endX - 55 - (index * 10));
        }

        var path = $"M{Num(startX)},{Num(startY)} C{Num(c1)},{Num(startY)} {Num(c2)},{Num(endY)} {Num(endX)},{Num(endY)}";
        // The label sits where the curve is half way: for a cubic Bézier, the mean of its four points weighted 1-3-3-1.
        var midX = (startX + (3 * c1) + (3 * c2) + endX) / 8;
        var midY = (startY + (3 * startY) + (3 * endY) + endY) / 8;
        return new XElement(Svg + "g", new XAttribute("class", walked ? "edge walked" : "edge"),
            new XElement(Svg + "title", label),
            new XElement(Svg + "path", new XAttribute("d", path), new XAttribute("marker-end", walked ? "url(#arrow-walked)" : "url(#arrow)")),
            Text(midX, midY - 3, Clip(label, 34), "label", anchor: "middle"));
    }

    private static XElement Defs() =>
        new(Svg + "defs",
            Marker("arrow", "edge-head"),
            Marker("arrow-walked", "edge-head walked"));

    private static XElement Marker(string id, string css) =>
        new(Svg + "marker", new XAttribute("id", id), new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", 9), new XAttribute("refY", 5),
            new XAttribute("markerWidth", 7), new XAttribute("markerHeight", 7), new XAttribute("orient", "auto-start-reverse"),
            new XElement(Svg + "path", new XAttribute("d", "M0,0 L10,5 L0,10 z"), new XAttribute("class", css)));

    private static XElement Text(double x, double y, string text, string css, string anchor = "start") =>
        new(Svg + "text", new XAttribute("x", Num(x)), new XAttribute("y", Num(y)), new XAttribute("class", css), new XAttribute("text-anchor", anchor), text);

    private static string Describe(WorkflowView view, DiagramModel model)
    {
        var current = view.States.FirstOrDefault(s => s.Id == view.HighlightedState);
        var path = model.Path.Count == 0 ? string.Empty
            : Words.T(" It came {0}.", string.Join(Words.T(", then "), model.Path.Select(p => Words.T("from {0} to {1}", Label(view, p.From), Label(view, p.To)))));
        if (current is null)
        {
            return Words.T("{0}, starting at {1}.", Words.Count(view.States.Count, "{0} state|{0} states"), Label(view, view.Initial));
        }

        var label = Display.State(current.Label)!;
        return Words.T("The question is {0}.", Words.Russian ? label : label.ToLowerInvariant()) + path;
    }

    /// <summary>A state's kind in words: "Awaiting response, clock stopped, final".</summary>
    public static string Meta(StateView state) =>
        string.Join(", ", new[] { Display.Category(state.Category), state.ClockStopped && state.Category != StateCategory.Paused ? Display.Lower(Words.T("Clock stopped")) : null, state.Final ? Words.T("final") : null }.Where(p => p is not null));

    /// <summary>A state's label by its id, in the page's language (the id itself if the definition has no such state).</summary>
    public static string Label(WorkflowView view, string id) =>
        id == Definitions.LifecycleDefinition.Previous ? Words.T("the state before") : Display.State(view.States.FirstOrDefault(s => s.Id == id)?.Label) ?? id;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
