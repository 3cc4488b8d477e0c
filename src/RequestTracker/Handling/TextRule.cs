namespace RequestTracker.Handling;

/// <summary>
/// The one rule for text that enters the app, wherever it comes from (JSON, a page's form, a multipart upload,
/// a file's name): what <see cref="ValidationErrors"/> checks every text field against. Text is stored, put in
/// emails, files and public pages, so a character that means something other than itself there is refused, not
/// cleaned: the person sees what was wrong instead of finding something else stored.
/// </summary>
internal static class TextRule
{
    public const string ControlFault = "must not contain control characters such as NUL.";
    public const string LineFault = "must be one line, without line breaks or control characters.";
    public const string UnicodeFault = "must be valid Unicode text (half of a surrogate pair is not a character).";

    /// <summary>
    /// Why <paramref name="text"/> cannot be kept, or null. Multi-line text keeps tab, CR and LF (and the Unicode
    /// line and paragraph separators); a one-line text (a title, a name, a subject: they end up in email headers,
    /// where a line break starts a header of its own) keeps none of them.
    /// </summary>
    public static string? Fault(string text, bool oneLine)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // A lone half cannot be written as UTF-8: PostgreSQL would refuse the row, a file would carry U+FFFD.
                return UnicodeFault;
            }

            var lineBreak = c is '\t' or '\n' or '\r' or '\u2028' or '\u2029';
            if (lineBreak && oneLine)
            {
                return LineFault;
            }

            if (!lineBreak && char.IsControl(c))
            {
                return oneLine ? LineFault : ControlFault;
            }
        }

        return null;
    }

    /// <summary>
    /// A day written YYYY-MM-DD and nothing else. .NET's and NodaTime's parsers both take a trailing NUL as the end
    /// of the text ("2027-01-01\0" parses), so the shape is checked here before either sees it.
    /// </summary>
    public static bool TryDay(string? text, out DateOnly day)
    {
        day = default;
        return text is { Length: 10 }
            && text.Select((c, i) => i is 4 or 7 ? c == '-' : char.IsAsciiDigit(c)).All(ok => ok)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day);
    }

    /// <summary>An enumeration's member by its exact name (any case): never a number, never a comma-separated list of names.</summary>
    public static bool TryName<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
