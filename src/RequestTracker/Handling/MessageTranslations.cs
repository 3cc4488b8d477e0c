using System.Globalization;
using System.Text.RegularExpressions;

namespace RequestTracker.Handling;

/// <summary>
/// The handlers' English messages in another language, from translations keyed by the English format
/// ("The field {0} must be at most {1} characters long." → "Не длиннее {1} знаков."). A message keeps its format and
/// arguments (<see cref="ValidationErrors"/>), so the format is looked up and the arguments put in again, in the
/// language's number format; a string argument that is itself a known text (a word, a sentence, an engine's refusal)
/// is translated too, anything else (a name, an address, an id) is data and stays as it is.
/// A text that came already rendered (an outcome's detail) is matched against the formats instead. Where nothing
/// matches, the answer is null and the caller shows the English.
/// </summary>
internal sealed partial class MessageTranslations
{
    /// <summary>The longest text tried as one of our sentences (the longest format with its arguments is well under it).</summary>
    private const int MaxSentence = 400;

    private readonly IReadOnlyDictionary<string, string> _entries;
    private readonly List<(Regex Pattern, string Key)> _patterns;
    private readonly Func<string, string?>? _words;

    /// <param name="entries">English format → its translation.</param>
    /// <param name="words">
    /// Names and words an argument may be that the entries do not hold: a law's or a state's name in the page's language
    /// (the law files and the pages' vocabulary have them; copying them here would make a second source).
    /// </param>
    public MessageTranslations(IReadOnlyDictionary<string, string> entries, Func<string, string?>? words = null)
    {
        _entries = entries;
        _words = words;

        // The more literal text a format has, the more specific it is: "attachment {0} — its words match question {1}"
        // must be tried before "{0} — its words match question {1}", whatever order the resources come in.
        _patterns = [.. entries.Keys.Where(k => Placeholder().IsMatch(k))
            .OrderByDescending(k => Placeholder().Replace(k, string.Empty).Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => (Pattern(k), k))];
    }

    public static MessageTranslations None { get; } = new(new Dictionary<string, string>());

    /// <summary>The message translated, or null when its format has no translation.</summary>
    public string? Format(FormattableString message, IFormatProvider culture)
    {
        var arguments = message.GetArguments();
        if (message.Format == "{0}" && arguments is [string plain])
        {
            // A message that came as a plain string.
            return Sentence(plain, culture);
        }

        return _entries.TryGetValue(message.Format, out var format) ? Fill(format, arguments, culture) : null;
    }

    /// <summary>
    /// A text already rendered in English, translated: as a key itself, or matched against a format with
    /// placeholders ("The request is withdrawn; only a draft can be edited." by "The request is {0}; only a draft
    /// can be edited."). Null when it is neither.
    /// </summary>
    public string? Sentence(string english, IFormatProvider culture)
    {
        if (_entries.TryGetValue(english, out var whole))
        {
            return whole;
        }

        // Our sentences are short; a long text is someone's input quoted in a message ("The value 'xxx…' is not
        // valid"): never a sentence of ours, and matching it against every pattern would cost time for nothing.
        if (english.Length > MaxSentence)
        {
            return null;
        }

        foreach (var (pattern, key) in _patterns)
        {
            Match match;
            try
            {
                match = pattern.Match(english);
            }
            catch (RegexMatchTimeoutException)
            {
                continue; // a message left in English is better than a page that fails
            }

            if (match.Success)
            {
                var count = Placeholder().Matches(key).Max(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) + 1;
                var arguments = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    arguments[i] = match.Groups[$"a{i}"].Success ? match.Groups[$"a{i}"].Value : string.Empty;
                }

                return Fill(_entries[key], arguments, culture);
            }
        }

        return null;
    }

    private string Fill(string format, object?[] arguments, IFormatProvider culture) =>
        string.Format(culture, format, [.. arguments.Select(a => a is string text && text.Length > 0 ? Sentence(text, culture) ?? _words?.Invoke(text) ?? text : a)]);

    /// <summary>"The request is {0}; only a draft can be edited." → ^The request is (?&lt;a0&gt;.+?); only ... edited\.$</summary>
    private static Regex Pattern(string key)
    {
        var pattern = new System.Text.StringBuilder("^");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        foreach (Match m in Placeholder().Matches(key))
        {
            pattern.Append(Regex.Escape(key[at..m.Index]));
            var name = $"a{m.Groups[1].Value}";
            pattern.Append(seen.Add(name) ? $"(?<{name}>.+?)" : $"\\k<{name}>");
            at = m.Index + m.Length;
        }

        pattern.Append(Regex.Escape(key[at..])).Append('$');
        return new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
