using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace RequestTracker.Web.Localization;

/// <summary>
/// Counted words: a resource holds every form separated by '|' ("{0} question|{0} questions" in English,
/// "{0} вопрос|{0} вопроса|{0} вопросов" in Russian), and the language's rule picks one (CLDR cardinal rules).
/// </summary>
internal static class Plurals
{
    public static string Plural(this IViewLocalizer localizer, long count, string forms) => Pick(localizer.GetString(forms).Value, count);

    public static string Plural(this IStringLocalizer localizer, long count, string forms) => Pick(localizer[forms].Value, count);

    public static string Pick(string forms, long count)
    {
        var options = forms.Split('|');
        var form = options.Length == 3 && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru" ? RequestTracker.Definitions.Templates.LetterWords.RussianForm(count) : count == 1 ? 0 : 1;
        return string.Format(CultureInfo.CurrentCulture, options[Math.Min(form, options.Length - 1)], count);
    }
}
