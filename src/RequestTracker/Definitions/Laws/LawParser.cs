using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Definitions.Laws;

/// <summary>Reads workflows/laws/*.yaml; cross-references (calendar, templates) are checked by the loader.</summary>
internal static partial class LawParser
{
    /// <summary>The key of a law's time to acknowledge receipt: the same word as the timer instant it arms.</summary>
    private const string AcknowledgementKey = Instants.Acknowledgement;

    public static LawDefinition? Parse(YamlNode yaml, string hash)
    {
        yaml.Only("id", "name", "calendar", "registration", AcknowledgementKey, "response", "overdueAfter", "lastDayRollsToWorkingDay", "sources", "extension", "clarification", "appeal", "ladder",
            "binding", "soft", "languages", "requester", "citations", "names", "transfer");
        var id = yaml.Text("id");
        var name = yaml.Text("name");
        var calendar = yaml.Located("calendar");
        var response = Span(yaml, "response");
        var registration = Span(yaml, "registration", required: false);
        var acknowledgement = Span(yaml, AcknowledgementKey, required: false);
        var sources = Sources(yaml);
        var binding = yaml.Bool("binding") ?? true;
        var soft = yaml.Bool("soft") ?? false;
        var overdueAfter = Span(yaml, "overdueAfter", required: false);
        if (response?.Unit == SpanUnit.Immediately && overdueAfter is null)
        {
            // "Immediately" has no last day; without a stated period the question would be overdue as it is sent.
            yaml.Error(yaml.Located("response")!.Value.At, "A response due immediately needs overdueAfter: how long after sending the question counts as overdue (e.g. \"3 calendar days\").");
        }

        var languages = Languages(yaml);
        var requester = Requester(yaml);
        var citations = Citations(yaml);
        var roll = yaml.Bool("lastDayRollsToWorkingDay") ?? false;
        var extension = Extension(yaml.Mapping("extension", required: false));
        var transfer = Transfer(yaml.Mapping("transfer", required: false));
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
                Acknowledgement = acknowledgement,
                Names = DefinitionNames.Read(yaml),
                Sources = sources,
                Binding = binding,
                Soft = soft,
                OverdueAfter = overdueAfter,
                Languages = languages,
                Requester = requester,
                Citations = citations,
                Transfer = transfer,
            };
    }

    /// <summary><c>languages: [ru]</c>: ISO 639-1 codes, at least one, the first the default; English where the file names none.</summary>
    private static List<string> Languages(YamlNode yaml)
    {
        var languages = new List<string>();
        if (!yaml.Has("languages"))
        {
            return ["en"];
        }

        foreach (var (value, at) in yaml.Texts("languages"))
        {
            if (!LanguageCode().IsMatch(value))
            {
                yaml.Error(at, $"'{value}' is not a language code; write two lower-case letters (ISO 639-1), e.g. en, ru, kk.");
            }
            else if (languages.Contains(value))
            {
                yaml.Error(at, $"The language '{value}' is listed twice.");
            }
            else
            {
                languages.Add(value);
            }
        }

        if (languages.Count == 0 && yaml.Has("languages"))
        {
            yaml.Error("languages must list at least one language.");
        }

        return languages;
    }

    private static HashSet<RequesterDetail> Requester(YamlNode yaml)
    {
        var details = new HashSet<RequesterDetail>();
        if (!yaml.Has("requester"))
        {
            return details;
        }

        foreach (var (value, at) in yaml.Texts("requester"))
        {
            if (Enum.TryParse<RequesterDetail>(value, ignoreCase: true, out var detail) && !int.TryParse(value, out _))
            {
                details.Add(detail);
            }
            else
            {
                yaml.Error(at, $"'{value}' is not a requester detail; use {string.Join(", ", Enum.GetNames<RequesterDetail>().Select(Camel))}.");
            }
        }

        return details;
    }

    /// <summary><c>citations: { ru: { name, genitive, right, time, appeal } }</c>.</summary>
    private static Dictionary<string, LawCitation> Citations(YamlNode yaml)
    {
        var citations = new Dictionary<string, LawCitation>(StringComparer.Ordinal);
        if (yaml.Mapping("citations", required: false) is not { } node)
        {
            return citations;
        }

        foreach (var (language, at, value, _) in node.Entries())
        {
            if (!LanguageCode().IsMatch(language))
            {
                node.Error(at, $"'{language}' is not a language code; write two lower-case letters (ISO 639-1).");
                continue;
            }

            if (value is null)
            {
                node.Error(at, $"The citation in '{language}' must be a mapping of name, genitive, right, time and appeal.");
                continue;
            }

            value.Only("name", "genitive", "right", "time", "appeal", "lastDay");
            var name = value.Text("name");
            var right = value.Text("right");
            var time = value.Text("time");
            if (name is not null && right is not null && time is not null)
            {
                citations[language] = new LawCitation(name, value.Text("genitive", required: false) ?? name, right, time, value.Text("appeal", required: false) ?? string.Empty)
                {
                    LastDay = value.Text("lastDay", required: false) ?? string.Empty,
                };
            }
        }

        return citations;
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

    /// <summary><c>transfer: { within: 15 calendar days, clock: continue }</c>; a law without it is <see cref="TransferRule.Silent"/>.</summary>
    private static TransferRule Transfer(YamlNode? yaml)
    {
        if (yaml is null)
        {
            return TransferRule.Silent;
        }

        yaml.Only("within", "clock");
        var within = Span(yaml, "within", required: false);
        var clock = TransferClock.Restart;
        if (yaml.Located("clock") is { } c && (!Enum.TryParse(c.Value, ignoreCase: true, out clock) || int.TryParse(c.Value, out _)))
        {
            yaml.Error(c.At, "clock must be restart (the time runs again from the second body's receipt) or continue (from the first receipt).");
        }

        return new TransferRule(within, clock);
    }

    private static AppealRule? Appeal(YamlNode? yaml)
    {
        if (yaml is null)
        {
            return null;
        }

        yaml.Only("name", "names", "within", "warnBefore", "step", "lapses");
        var name = yaml.Text("name");
        var within = Span(yaml, "within");
        var warn = Span(yaml, "warnBefore");
        var step = yaml.Text("step", required: false);
        return name is null || within is null || warn is null ? null : new AppealRule(name, within, warn, step) { Names = DefinitionNames.Read(yaml), Lapses = yaml.Bool("lapses") ?? true };
    }

    private static LadderStep? Step(YamlNode yaml)
    {
        yaml.Only("id", "name", "names", "starts", "window", "to", "template", "kind", "review");
        var id = yaml.Text("id");
        var name = yaml.Text("name");
        var starts = Span(yaml, "starts");
        var window = Span(yaml, "window");
        var to = yaml.Located("to");
        var template = yaml.Located("template");
        var recipient = Recipient.Parse(to?.Value);
        if (to is { } target && recipient is null)
        {
            yaml.Error(target.At, $"'{target.Value}' is not a recipient; use authority, advocate or escalation:KIND with KIND one of {string.Join(", ", Recipient.Escalations.Select(r => r.Word[Recipient.EscalationPrefix.Length..]))}.");
            return null;
        }

        if (recipient is not { } toWhom || template is null || Kind(yaml, toWhom) is not { } kind)
        {
            return null;
        }

        // Complaints, appeals and filings wait for the advocate's review unless the step says otherwise; a
        // reminder to the authority itself, and a note to the advocate, go out on their own.
        var review = yaml.Bool("review") ?? kind == StepKind.Filing || (kind == StepKind.Letter && !(toWhom == Recipient.Authority && template.Value.Value == "reminder"));
        return id is null || name is null || starts is null || window is null
            ? null
            : new LadderStep(id, name, starts, window, toWhom, template.Value.Value)
            {
                TemplateAt = ((int)template.Value.At.Line, (int)template.Value.At.Column),
                Kind = kind,
                Review = kind != StepKind.Note && review,
                Names = DefinitionNames.Read(yaml),
            };
    }

    /// <summary>A step's kind: a letter unless it says so; a court is never emailed, and a note goes to the advocate only.</summary>
    private static StepKind? Kind(YamlNode yaml, Recipient to)
    {
        var kind = to == Recipient.Advocate ? StepKind.Note : StepKind.Letter;
        if (yaml.Located("kind", required: false) is { } written)
        {
            if (!Enum.TryParse(written.Value, ignoreCase: true, out kind) || int.TryParse(written.Value, out _))
            {
                yaml.Error(written.At, $"'{written.Value}' is not a step kind; use letter, filing or note.");
                return null;
            }
        }

        var at = yaml.Located("to")!.Value.At;
        switch (kind)
        {
            case StepKind.Letter when to == Recipient.Advocate:
                yaml.Error(at, "A letter goes to a body: use kind: note for a step that only tells the advocate what to do.");
                return null;
            case StepKind.Letter when to.Contact == EscalationContactKind.Court:
                yaml.Error(at, "A court is never emailed: a step to a court is kind: filing (a document the advocate files).");
                return null;
            case StepKind.Note when to != Recipient.Advocate:
                yaml.Error(at, "A note goes to the advocate: write to: advocate, or make the step a letter or a filing.");
                return null;
            default:
                return kind;
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]{2}$")]
    private static partial System.Text.RegularExpressions.Regex LanguageCode();
}
