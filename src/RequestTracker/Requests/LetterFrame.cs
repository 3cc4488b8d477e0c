using System.Text.RegularExpressions;

namespace RequestTracker.Requests;

/// <summary>
/// The convention for a request's letter: the email's template opens it with "To {authority}," and closes
/// it with the advocate's name, so the letter is the body only. A letter that brings its own greeting or
/// signature would be greeted and signed twice; this notices the usual ones (English, Russian, French,
/// German) so the preview can say so. A hint, never a refusal: a false alarm costs a glance.
/// </summary>
internal static partial class LetterFrame
{
    public static IReadOnlyList<string> Warnings(string body)
    {
        var lines = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        var warnings = new List<string>();
        if (Greeting().IsMatch(lines[0]))
        {
            warnings.Add($"Your letter begins with a greeting (\"{lines[0]}\"); the email already opens with one. Remove it from the letter.");
        }

        if (lines.Count > 1 && lines.TakeLast(3).FirstOrDefault(l => SignOff().IsMatch(l)) is { } signOff)
        {
            warnings.Add($"Your letter ends with a sign-off (\"{signOff}\"); the email already closes with your name. Remove it from the letter.");
        }

        return warnings;
    }

    [GeneratedRegex(@"^(?:(?:dear|to whom|hello|hi|good (?:morning|afternoon|day)|madame|monsieur|sehr geehrte|добрый день)\b|уважаем|здравствуй)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(yours( sincerely| faithfully| truly)?|sincerely|kind regards|best regards|regards|best wishes|с уважением|cordialement|mit freundlichen grüßen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();
}
