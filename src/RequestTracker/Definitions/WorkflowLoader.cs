using System.Security.Cryptography;
using System.Text;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;
using RequestTracker.Definitions.Templates;

namespace RequestTracker.Definitions;

/// <summary>
/// Loads and validates a workflows folder: lifecycles (*.yaml), calendars/, laws/, templates/. Any
/// error anywhere means no catalog at all, so the app never runs half a folder.
/// </summary>
internal static class WorkflowLoader
{
    /// <summary>Templates the runtime itself sends, whatever the laws say (in the default language; others fall back to it).</summary>
    public static readonly IReadOnlyList<string> RequiredTemplates =
        ["request", "reminder", "advocate-warning", "reply-received", "withdrawal", "manager-digest", "follow-up", "clarification-answer", "needs-contact", "filing-due", "review-waiting", "deadline-moved", "deadline-earlier", RequestTransferred];

    /// <summary>Letters every law's every language must have, besides its ladder's: the request and what the advocate may send after it.</summary>
    public static readonly IReadOnlyList<string> LetterKinds = ["request", "reminder", "withdrawal", "follow-up", "clarification-answer", RequestTransferred];

    /// <summary>The letter that opens a request passed on by its first body: it tells the second one, which has the request already.</summary>
    public const string RequestTransferred = "request-transferred";

    /// <summary>Whether a letter opens its request's thread (lists every question, threads under nothing): the request, or the transfer's letter.</summary>
    public static bool Opens(string template) => template is "request" or RequestTransferred;

    /// <summary>The letter sent when a law's time to acknowledge receipt passes unmet: every such law's every language must have it.</summary>
    public const string AcknowledgementReminder = "acknowledgement-reminder";

    public static (WorkflowCatalog? Catalog, IReadOnlyList<DefinitionError> Errors) Load(string folder)
    {
        var errors = new List<DefinitionError>();
        if (!Directory.Exists(folder))
        {
            return (null, [new DefinitionError(folder, 1, 1, "The workflows folder does not exist.")]);
        }

        var sources = new List<DefinitionSource>();
        var calendars = LoadAll(Path.Combine(folder, "calendars"), "calendar", errors, sources, (y, _) => CalendarParser.Parse(y), c => (c.Id, 0));
        var laws = LoadAll(Path.Combine(folder, "laws"), "law", errors, sources, LawParser.Parse, l => (l.Id, 0));
        var lifecycles = LoadAll(folder, "lifecycle", errors, sources, LifecycleParser.Parse, l => (l.Id, l.Version));
        var templates = MailTemplateSet.Load(Path.Combine(folder, "templates"), errors);

        CheckReferences(folder, calendars, laws, lifecycles, templates, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new WorkflowCatalog(
            calendars.ToDictionary(c => c.Value.Item.Id, c => c.Value.Item),
            laws.ToDictionary(l => l.Value.Item.Id, l => l.Value.Item),
            lifecycles.ToDictionary(l => l.Value.Item.Id, l => l.Value.Item),
            templates,
            sources), []);
    }

    public static string Hash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n"))));

    private static Dictionary<string, (T Item, YamlNode Yaml)> LoadAll<T>(
        string folder,
        string kind,
        List<DefinitionError> errors,
        List<DefinitionSource> sources,
        Func<YamlNode, string, T?> parse,
        Func<T, (string Id, int Version)> identity)
        where T : class
    {
        var items = new Dictionary<string, (T, YamlNode)>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            if (kind != "lifecycle")
            {
                errors.Add(new DefinitionError(folder, 1, 1, $"The {kind} folder is missing."));
            }

            return items;
        }

        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
            var file = relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
            var content = File.ReadAllText(path);
            var yaml = YamlNode.Load(file, content, errors);
            if (yaml is null)
            {
                continue;
            }

            var hash = Hash(content);
            if (parse(yaml, hash) is not { } item)
            {
                continue;
            }

            var (id, version) = identity(item);
            if (items.TryGetValue(id, out var existing))
            {
                yaml.Error($"Duplicate {kind} id '{id}' (also in {existing.Item2.File}).");
                continue;
            }

            items[id] = (item, yaml);
            sources.Add(new DefinitionSource(kind, id, version, hash, file, content));
        }

        return items;
    }

    private static void CheckReferences(
        string folder,
        Dictionary<string, (WorkCalendar Item, YamlNode Yaml)> calendars,
        Dictionary<string, (LawDefinition Item, YamlNode Yaml)> laws,
        Dictionary<string, (LifecycleDefinition Item, YamlNode Yaml)> lifecycles,
        MailTemplateSet templates,
        List<DefinitionError> errors)
    {
        foreach (var (law, yaml) in laws.Values)
        {
            if (!calendars.ContainsKey(law.CalendarId))
            {
                errors.Add(new DefinitionError(yaml.File, law.CalendarAt.Line, law.CalendarAt.Column, $"Law '{law.Id}' uses unknown calendar '{law.CalendarId}'."));
            }

            LetterCheck.Law(law, yaml, templates, errors);
        }

        foreach (var required in RequiredTemplates.Where(t => !templates.Contains(t)))
        {
            errors.Add(new DefinitionError(Path.Combine(folder, "templates"), 1, 1, $"The template '{required}' is required (templates/{MailTemplateSet.DefaultLanguage}/{required}.txt)."));
        }

        if (!lifecycles.ContainsKey(WorkflowCatalog.QuestionLifecycle))
        {
            errors.Add(new DefinitionError(folder, 1, 1, $"No lifecycle with id '{WorkflowCatalog.QuestionLifecycle}' (the one questions run)."));
        }
    }
}
