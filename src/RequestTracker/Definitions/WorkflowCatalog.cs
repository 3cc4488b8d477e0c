using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Definitions.Templates;

namespace RequestTracker.Definitions;

/// <summary>One definition file as loaded: kept by content hash so a running question can be read against it forever.</summary>
internal sealed record DefinitionSource(string Kind, string Id, int Version, string Hash, string File, string Content);

/// <summary>The validated contents of a workflows folder. Immutable; replaced whole, never half-loaded.</summary>
internal sealed class WorkflowCatalog(
    IReadOnlyDictionary<string, WorkCalendar> calendars,
    IReadOnlyDictionary<string, LawDefinition> laws,
    IReadOnlyDictionary<string, LifecycleDefinition> lifecycles,
    MailTemplateSet templates,
    IReadOnlyList<DefinitionSource> sources)
{
    /// <summary>The lifecycle every new question starts with.</summary>
    public const string QuestionLifecycle = "question";

    public IReadOnlyDictionary<string, WorkCalendar> Calendars => calendars;

    public IReadOnlyDictionary<string, LawDefinition> Laws => laws;

    public IReadOnlyDictionary<string, LifecycleDefinition> Lifecycles => lifecycles;

    public MailTemplateSet Templates => templates;

    public IReadOnlyList<DefinitionSource> Sources => sources;

    public LifecycleDefinition Question => lifecycles[QuestionLifecycle];

    /// <summary>The languages each law's letters can be written in: those it accepts that templates are written in, its default first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> LetterLanguages() =>
        laws.Values.ToDictionary(l => l.Id, l => (IReadOnlyList<string>)l.Languages.Where(templates.Languages.Contains).ToList(), StringComparer.Ordinal);
}
