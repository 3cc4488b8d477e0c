using System.Text.RegularExpressions;

namespace RequestTracker.Definitions;

/// <summary>
/// A definition's names in other languages than English (<c>names: { ru: "Жалоба в вышестоящий орган" }</c>): laws,
/// appeals, ladder steps and holidays. English is the definition's <c>name</c>.
/// </summary>
internal static partial class DefinitionNames
{
    /// <summary>One shared empty set, so definitions without names stay equal as values.</summary>
    public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> Read(YamlNode yaml)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (yaml.Mapping("names", required: false) is { } node)
        {
            foreach (var (language, name, at) in node.ScalarEntries())
            {
                if (!LanguageCode().IsMatch(language) || language == "en")
                {
                    node.Error(at, $"'{language}' is not a language code for a name (two lowercase letters, not en: the English is 'name').");
                    continue;
                }

                names[language] = name;
            }
        }

        return names.Count == 0 ? None : names;
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
