using System.Text.RegularExpressions;

namespace RequestTracker.Definitions.Templates;

/// <summary>
/// Words that state a duty to answer. A letter under a law that binds no one must not use them: an authority that
/// owes nothing can lawfully ignore a letter that claims otherwise, and the claim weakens every letter after it.
/// </summary>
internal static partial class DutyPhrases
{
    /// <summary>The first phrase in <paramref name="text"/> that states a duty, in the letter's language; null when none.</summary>
    public static string? Find(string language, string text)
    {
        var pattern = language switch
        {
            "ru" => Russian(),
            "de" => German(),
            _ => English(),
        };
        return pattern.Match(text) is { Success: true } match ? match.Value : null;
    }

    /// <summary>
    /// The first phrase that calls a period's passing a breach, for a law whose period is a target ("should", Germany's
    /// IFG § 7(5)): such a letter may say the period has passed and ask when the answer will come, never that it is late.
    /// </summary>
    public static string? FindBreach(string language, string text)
    {
        var pattern = language switch
        {
            "ru" => RussianBreach(),
            "de" => GermanBreach(),
            _ => EnglishBreach(),
        };
        return pattern.Match(text) is { Success: true } match ? match.Value : null;
    }

    [GeneratedRegex(@"\boverdue\b|\bin breach\b|\bbreach(ed)? (of )?the (law|deadline|time limit)\b|\bout of time\b|\bfailed to (respond|reply|answer) (within|by|in time)\b|\bmissed the (deadline|time limit)\b|\bdeadline\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishBreach();

    [GeneratedRegex(@"\bпросроч\w*|\bнарушени\w* срок\w*|\bнарушил\w*|\bпропущен\w* срок\w*", RegexOptions.IgnoreCase)]
    private static partial Regex RussianBreach();

    [GeneratedRegex(@"\bFristversäumnis\w*|\bsäumig\w*|\bverspätet\w*|\bFrist\w* (ist )?(versäumt|überschritten|nicht eingehalten)|\bgesetzliche\w* Frist\w*|\bVerstoß\w* gegen (die|das) (Frist|Gesetz|IFG)|\bin Verzug\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanBreach();

    [GeneratedRegex(@"\byou (must|shall|are (obliged|required|bound|under a duty))\b|\bis (obliged|required by law) to\b|\brequires? you to\b|\bthe law (requires|obliges)\b|\bstatutory (deadline|time limit)\b|\bin breach of\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"\bSie sind (verpflichtet|gehalten)\b|\bist (gesetzlich )?verpflichtet\b|\bmüssen Sie\b|\bgesetzliche\w* Pflicht\w*|\bschreibt (das Gesetz )?vor\b", RegexOptions.IgnoreCase)]
    private static partial Regex German();

    [GeneratedRegex(@"\bобязан\w*|\bобязательн\w*|\bдолжн(ы|а|о|ен)\b|\bнарушени\w* срок\w*|\bустановленн\w* (законом )?срок\w*|\bв соответствии с законом\b", RegexOptions.IgnoreCase)]
    private static partial Regex Russian();
}
