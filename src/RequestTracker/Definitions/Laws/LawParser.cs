using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Definitions.Laws;

/// <summary>Reads workflows/laws/*.yaml; cross-references (calendar, templates) are checked by the loader.</summary>
internal static class LawParser
{
    public static LawDefinition? Parse(YamlNode yaml, string hash)
    {
        yaml.Only("id", "name", "calendar", "registration", "response", "lastDayRollsToWorkingDay", "sources", "extension", "clarification", "appeal", "ladder");
        var id = yaml.Text("id");
        var name = yaml.Text("name");
        var calendar = yaml.Located("calendar");
        var response = Span(yaml, "response");
        var registration = Span(yaml, "registration", required: false);
        var sources = Sources(yaml);
        var roll = yaml.Bool("lastDayRollsToWorkingDay") ?? false;
        var extension = Extension(yaml.Mapping("extension", required: false));
        var clarification = ClarificationEffect.Restart;
        if (yaml.Located("clarification", required: false) is { } c)
        {
            if (!Enum.TryParse(c.Value, ignoreCase: true, out clarification) || int.TryParse(c.Value, out _))
            {
                yaml.Error(c.At, "clarification must be restart or pause.");
            }
        }

        var appealNode = yaml.Mapping("appeal", required: false);
        var appeal = Appeal(appealNode);
        var ladder = yaml.Mappings("ladder").Select(Step).OfType<LadderStep>().ToList();
        foreach (var duplicate in ladder.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            yaml.Error($"Ladder step id '{duplicate.Key}' is used more than once.");
        }

        if (appeal?.Step is { } appealStep && ladder.All(s => s.Id != appealStep))
        {
            // Reported where the step is named, so the file:line points at the word to fix.
            appealNode!.Error(appealNode.Located("step")!.Value.At, $"The appeal step '{appealStep}' is not a step of the ladder.");
        }

        return id is null || name is null || calendar is null || response is null
            ? null
            : new LawDefinition(id, name, calendar.Value.Value, response, roll, extension, clarification, appeal, ladder, hash)
            {
                CalendarAt = ((int)calendar.Value.At.Line, (int)calendar.Value.At.Column),
                Registration = registration,
                Sources = sources,
            };
    }

    /// <summary><c>sources: { response: "s.10(1)", ... }</c>: the section of the law behind each rule, cited in explanations.</summary>
    private static Dictionary<string, string> Sources(YamlNode yaml)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        if (yaml.Mapping("sources", required: false) is { } node)
        {
            node.Only(LawDefinition.SourceKeys);
            foreach (var (key, value, _) in node.ScalarEntries())
            {
                sources[key] = value;
            }
        }

        return sources;
    }

    public static LegalSpan? Span(YamlNode yaml, string key, bool required = true)
    {
        if (yaml.Located(key, required) is not { } located)
        {
            return null;
        }

        if (LegalSpan.TryParse(located.Value, out var span))
        {
            return span;
        }

        yaml.Error(located.At, $"'{located.Value}' is not a duration; write e.g. \"20 working days\", \"30 calendar days\", \"6 weeks\", \"3 months\", \"90 seconds\" or \"immediately\".");
        return null;
    }

    private static ExtensionRule? Extension(YamlNode? yaml)
    {
        if (yaml is null)
        {
            return null;
        }

        yaml.Only("by", "times", "noticeWithin");
        var by = Span(yaml, "by");
        var times = yaml.Int("times");
        if (times is < 1)
        {
            yaml.Error("times must be at least 1.");
        }

        var notice = Span(yaml, "noticeWithin", required: false);
        return by is null || times is null or < 1 ? null : new ExtensionRule(by, times.Value, notice);
    }

    private static AppealRule? Appeal(YamlNode? yaml)
    {
        if (yaml is null)
        {
            return null;
        }

        yaml.Only("name", "within", "warnBefore", "step");
        var name = yaml.Text("name");
        var within = Span(yaml, "within");
        var warn = Span(yaml, "warnBefore");
        var step = yaml.Text("step", required: false);
        return name is null || within is null || warn is null ? null : new AppealRule(name, within, warn, step);
    }

    private static LadderStep? Step(YamlNode yaml)
    {
        yaml.Only("id", "name", "starts", "window", "to", "template");
        var id = yaml.Text("id");
        var name = yaml.Text("name");
        var starts = Span(yaml, "starts");
        var window = Span(yaml, "window");
        var to = yaml.Located("to");
        var template = yaml.Located("template");
        if (to is { } target && !IsRecipient(target.Value))
        {
            yaml.Error(target.At, $"'{target.Value}' is not a recipient; use authority, advocate or escalation:KIND with KIND one of {string.Join(", ", Enum.GetNames<EscalationContactKind>().Select(Camel))}.");
            return null;
        }

        return id is null || name is null || starts is null || window is null || to is null || template is null
            ? null
            : new LadderStep(id, name, starts, window, to.Value.Value, template.Value.Value)
            {
                TemplateAt = ((int)template.Value.At.Line, (int)template.Value.At.Column),
            };
    }

    public static bool IsRecipient(string to) => to is "authority" or "advocate" || EscalationKind(to) is not null;

    public static EscalationContactKind? EscalationKind(string to) =>
        Enum.GetValues<EscalationContactKind>().Cast<EscalationContactKind?>().FirstOrDefault(k => $"escalation:{Camel(k!.Value.ToString())}" == to);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
