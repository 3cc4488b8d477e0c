using System.Text.RegularExpressions;
using System.Xml.Linq;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Localization;

/// <summary>
/// The Russian resource files against the code that reads them, without running a page: every English string a
/// view or the shared vocabulary localizes has its Russian, every Russian entry is still used, the placeholders of
/// each pair agree, a counted word has Russian's three forms, and a "translation" is not the English copied.
/// The browser walk (RussianPagesTests) finds what never went through localization at all.
/// </summary>
public sealed partial class LocalizationCoverageTests
{
    private static readonly string Web = Path.Combine(TestWorkflows.RepositoryRoot(), "src", "RequestTracker.Web");

    [Fact]
    public void Every_string_a_view_localizes_has_its_Russian_and_every_Russian_entry_is_used()
    {
        var problems = new List<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(Web, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Web, view);
            var keys = Keys(File.ReadAllText(view), ViewKey());
            var resx = Path.Combine(Web, "Resources", Path.ChangeExtension(relative, null) + ".ru.resx");
            var entries = File.Exists(resx) ? Entries(resx) : [];
            problems.AddRange(keys.Where(k => !entries.ContainsKey(k)).Select(k => $"{relative}: no Russian for \"{k}\""));
            problems.AddRange(entries.Keys.Where(k => !keys.Contains(k)).Select(k => $"{Path.GetRelativePath(Web, resx)}: \"{k}\" is not used by the view"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_word_of_the_shared_vocabulary_used_in_code_has_its_Russian()
    {
        var used = Directory.EnumerateFiles(Web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Keys(File.ReadAllText(f), WordsKey()))
            .ToHashSet(StringComparer.Ordinal);
        var resx = Path.Combine(Web, "Resources", "Words.ru.resx");
        var entries = File.Exists(resx) ? Entries(resx) : [];
        var missing = used.Where(k => !entries.ContainsKey(k)).Select(k => $"Words: no Russian for \"{k}\"").ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Every_shipped_template_has_a_kind_in_words_and_its_Russian()
    {
        var templates = Path.Combine(TestWorkflows.RepositoryRoot(), "workflows", "templates", "en");
        var names = Directory.EnumerateFiles(templates, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).ToList();
        var entries = Entries(Path.Combine(Web, "Resources", "Words.ru.resx"));
        var problems = names.Where(n => !RequestTracker.Definitions.Templates.TemplateKinds.Names.ContainsKey(n)).Select(n => $"{n}: no kind in words (TemplateKinds)")
            .Concat(RequestTracker.Definitions.Templates.TemplateKinds.Names.Values.Where(v => !entries.ContainsKey(v)).Select(v => $"Words: no Russian for \"{v}\""))
            .ToList();
        Assert.NotEmpty(names);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Each_Russian_entry_keeps_the_placeholders_has_three_plural_forms_and_is_not_the_English_copied()
    {
        var problems = new List<string>();
        foreach (var resx in Directory.EnumerateFiles(Path.Combine(Web, "Resources"), "*.ru.resx", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(Web, resx);
            // A resource file holds names case-insensitively: of "Sent" and "sent" one is silently lost.
            problems.AddRange(XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
                .GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{name}: \"{string.Join("\" and \"", g)}\" differ only in case; one of them is lost"));
            foreach (var (key, value) in Entries(resx))
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{name}: \"{key}\" is empty");
                    continue;
                }

                // A validation message shown next to its field may leave the field's name out in Russian; nothing else may.
                var dropsAllowed = Path.GetFileName(resx) == "Messages.ru.resx";
                if (dropsAllowed ? !Placeholders(value).IsSubsetOf(Placeholders(key)) : !Placeholders(value).SetEquals(Placeholders(key)))
                {
                    problems.Add($"{name}: \"{key}\" → \"{value}\": placeholders differ");
                }

                var forms = key.Split('|').Length;
                if (forms == 2 && key.Contains("{0}", StringComparison.Ordinal) && value.Split('|').Length != 3)
                {
                    problems.Add($"{name}: \"{key}\" is a counted word: Russian needs three forms (1, 2–4, 5), got \"{value}\"");
                }

                if (EnglishWord().IsMatch(key) && !Cyrillic().IsMatch(value))
                {
                    problems.Add($"{name}: \"{key}\" → \"{value}\": not translated");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Keys(string source, Regex pattern) =>
        pattern.Matches(source).Select(m => Unescape(m.Groups["key"].Value)).ToHashSet(StringComparer.Ordinal);

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    private static Dictionary<string, string> Entries(string resx) =>
        XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    /// <summary>@L["…"], L["…", args], L.Plural(n, "…"), L.GetString("…") in a view.</summary>
    [GeneratedRegex("""\bL(?:\[|\.GetString\(|\.Plural\((?:[^,"]|"[^"]*")+,\s*)"(?<key>(?:[^"\\]|\\.)*)"(?=[,\]\)])""")]
    private static partial Regex ViewKey();

    [GeneratedRegex("""\bWords\.(?:T\(|Count\([^,"]+,\s*)"(?<key>(?:[^"\\]|\\.)*)"(?=[,\)])""")]
    private static partial Regex WordsKey();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[a-z]{3,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();
}
