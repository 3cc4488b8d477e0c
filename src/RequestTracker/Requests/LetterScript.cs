using System.Globalization;

namespace RequestTracker.Requests;

/// <summary>
/// Whether a text is written in the script of the language it claims. The product never translates: a Russian letter
/// typed in English would reach a Russian body in a language it is not bound to read, so a text whose letters are
/// mostly of another script is refused. Languages whose script is not known here are not checked.
/// </summary>
internal static class LetterScript
{
    private static readonly Dictionary<string, (string Name, Func<char, bool> Letter)> Scripts = new(StringComparer.Ordinal)
    {
        ["ru"] = ("Cyrillic", Cyrillic),
        ["kk"] = ("Cyrillic", Cyrillic),
        ["bg"] = ("Cyrillic", Cyrillic),
        ["uk"] = ("Cyrillic", Cyrillic),
        ["be"] = ("Cyrillic", Cyrillic),
        ["el"] = ("Greek", c => c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF'),
        ["ar"] = ("Arabic", c => c is >= '\u0600' and <= '\u06FF'),
        ["zh"] = ("Chinese", c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF'),
    };

    private static readonly HashSet<string> LatinLanguages = new(StringComparer.Ordinal)
    {
        "en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "hu", "ro", "sv", "da", "fi", "et", "lt", "lv", "mt", "ga", "cy",
    };

    /// <summary>Null when <paramref name="text"/> is in <paramref name="language"/>'s script (or too short to tell); else the script it is mostly in.</summary>
    public static string? Mismatch(string language, string text)
    {
        var (name, expected) = LatinLanguages.Contains(language) ? ("Latin", Latin) : Scripts.GetValueOrDefault(language);
        if (expected is null)
        {
            return null;
        }

        var letters = text.Where(char.IsLetter).ToList();
        // A reference, an acronym or a name in another script is normal; a text mostly in another script is not.
        if (letters.Count < 12 || letters.Count(expected) * 2 >= letters.Count)
        {
            return null;
        }

        return letters.Count(Cyrillic) * 2 > letters.Count ? "Cyrillic" : letters.Count(Latin) * 2 > letters.Count ? "Latin" : $"not {name}";
    }

    /// <summary>"Russian", "English": a language's name in English, for messages.</summary>
    public static string Name(string language)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(language).EnglishName;
            return string.IsNullOrEmpty(name) || name.StartsWith("Unknown", StringComparison.Ordinal) ? language : name;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }

    private static bool Cyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool Latin(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F';
}
