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
            _ => English(),
        };
        return pattern.Match(text) is { Success: true } match ? match.Value : null;
    }

    [GeneratedRegex(@"\byou (must|shall|are (obliged|required|bound|under a duty))\b|\bis (obliged|required by law) to\b|\brequires? you to\b|\bthe law (requires|obliges)\b|\bstatutory (deadline|time limit)\b|\bin breach of\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"\bобязан\w*|\bобязательн\w*|\bдолжн(ы|а|о|ен)\b|\bнарушени\w* срок\w*|\bустановленн\w* (законом )?срок\w*|\bв соответствии с законом\b", RegexOptions.IgnoreCase)]
    private static partial Regex Russian();
}
