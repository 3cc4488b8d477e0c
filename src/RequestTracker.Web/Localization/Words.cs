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

    public static void Use(IStringLocalizerFactory factory) => _localizer = factory.Create(typeof(Words));

    /// <summary>The English text in the page's language (the English itself until <see cref="Use"/> has run, as in unit tests).</summary>
    public static string T(string english) => _localizer?[english].Value ?? english;

    public static string T(string english, params object[] arguments) =>
        _localizer?[english, arguments].Value ?? string.Format(System.Globalization.CultureInfo.CurrentCulture, english, arguments);

    public static string Count(long count, string forms) => _localizer is null ? Plurals.Pick(forms, count) : _localizer.Plural(count, forms);
}
