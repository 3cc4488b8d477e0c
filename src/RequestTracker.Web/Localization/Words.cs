using System.Globalization;
using Microsoft.Extensions.Localization;

namespace RequestTracker.Web.Localization;

/// <summary>
/// The product's shared vocabulary on pages — states, actions, categories, statuses, the words <c>Display</c> builds
/// sentences from — translated once in Resources/Words.ru.resx, keyed by the English text. Static because
/// <c>Display</c> and the page helpers are static; the localizer is thread-safe and reads the request's culture.
/// </summary>
internal static class Words
{
    private static IStringLocalizer? _localizer;

    /// <summary>(language, English name) → the name the law files give laws, appeals and steps in that language.</summary>
    private static Dictionary<(string, string), string> _definitionNames = [];

    /// <summary>
    /// Resources/Words.ru.resx (by base name, not by this type's namespace, which would look under
    /// Resources/Localization/), and the names the law files give in other languages: a law, appeal or step is named
    /// on a page as its file names it (<c>names: { ru: … }</c>), the same words the letters and notes use.
    /// </summary>
    public static void Use(IStringLocalizerFactory factory, RequestTracker.Definitions.WorkflowCatalog catalog)
    {
        _localizer = factory.Create("Words", typeof(Words).Assembly.GetName().Name!);
        var names = new Dictionary<(string, string), string>();
        foreach (var law in catalog.Laws.Values)
        {
            var named = law.Ladder.Select(s => (s.Name, s.Names)).Append((law.Name, law.Names));
            named = law.Appeal is { } appeal ? named.Append((appeal.Name, appeal.Names)) : named;
            foreach (var (english, other) in named)
            {
                foreach (var (language, name) in other)
                {
                    names[(language, english)] = name;
                }
            }
        }

        _definitionNames = names;
    }

    /// <summary>Whether the page is in Russian (not English, not the pseudo-culture): where Russian has its own data, such as a law's Russian name.</summary>
    public static bool Russian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";

    /// <summary>Whether the page is in English: where English keeps a form of its own (a journal's event names as recorded).</summary>
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "en" or "iv";

    /// <summary>The English text in the page's language (the English itself until <see cref="Use"/> has run, as in unit tests).</summary>
    public static string T(string english) =>
        _definitionNames.TryGetValue((CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, english), out var named) ? named : _localizer?[english].Value ?? english;

    public static string T(string english, params object[] arguments) =>
        _localizer?[english, arguments].Value ?? string.Format(CultureInfo.CurrentCulture, english, arguments);

    /// <summary>
    /// A name or word from the definitions or the vocabulary in the page's language, or null when it is none (a person's
    /// name, an address): a law's name, a state's label even lower-cased inside a sentence ("while the question is
    /// awaiting response"), a period ("15 calendar days"). What a translated message's arguments are looked up in.
    /// </summary>
    public static string? Known(string english)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (_definitionNames.TryGetValue((language, english), out var named))
        {
            return named;
        }

        if (Russian && RequestTracker.Definitions.Calendars.LegalSpan.TryParse(english, out var span))
        {
            return RequestTracker.Definitions.Templates.LetterWords.Span(span, "ru");
        }

        if (_localizer is null || english.Length == 0)
        {
            return null;
        }

        var word = _localizer[char.ToUpperInvariant(english[0]) + english[1..]];
        return word.ResourceNotFound ? null : word.Value;
    }

    public static string Count(long count, string forms) => _localizer is null ? Plurals.Pick(forms, count) : _localizer.Plural(count, forms);
}
