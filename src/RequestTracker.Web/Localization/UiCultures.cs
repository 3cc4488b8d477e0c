using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace RequestTracker.Web.Localization;

/// <summary>
/// The languages the pages are written in, and how one is chosen for a request: a signed-in person's profile, then
/// the cookie the language switch sets, then the browser's Accept-Language, then English. The API stays in English:
/// its messages are read by programs and by the people who write them.
/// </summary>
internal static class UiCultures
{
    /// <summary>Pseudo-localisation: every translated string comes out accented and bracketed, so a literal left in a page shows.</summary>
    public const string Pseudo = "qps-Ploc";

    public static IReadOnlyList<string> Languages => RequestTracker.Users.Profile.Languages;

    public static RequestLocalizationOptions Options(bool pseudo)
    {
        var names = pseudo ? [.. Languages, Pseudo] : Languages;
        var cultures = names.Select(n => new CultureInfo(n)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // "ru-KZ" in Accept-Language is served in Russian, not in English.
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new ProfileCultureProvider(),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }
}
