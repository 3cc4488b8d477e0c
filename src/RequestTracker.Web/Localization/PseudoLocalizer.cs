using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;

namespace RequestTracker.Web.Localization;

/// <summary>
/// Wraps the resource localizers: under <see cref="UiCultures.Pseudo"/> every string that went through localization
/// comes out as «［Ŝíĝñ íñ·····］» — accented, a third longer, bracketed — so a browser walk can tell a translated
/// string from a literal left in a page (plain ASCII words), and a layout that breaks on longer words shows at once.
/// Placeholders ({0}) and markup (&lt;a …&gt;) pass untouched, so formatting still works.
/// </summary>
internal sealed class PseudoLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PseudoLocalizer(inner.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new PseudoLocalizer(inner.Create(baseName, location));
}

internal sealed class PseudoLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private const string From = "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ";
    private const string To = "àƀçđéĝĥíķĺñöŕšţüýžÀßÇĐÉĜĤÍĶĹÑÖŔŠŢÜÝŽ";

    public LocalizedString this[string name] => Pseudo(inner[name]);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            if (!IsPseudo)
            {
                return inner[name, arguments];
            }

            var format = Pseudo(inner[name]);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    private static bool IsPseudo => CultureInfo.CurrentUICulture.Name == UiCultures.Pseudo;

    private static LocalizedString Pseudo(LocalizedString text) =>
        IsPseudo ? new LocalizedString(text.Name, Transform(text.Value), text.ResourceNotFound, text.SearchedLocation) : text;

    /// <summary>Accents every letter outside {placeholders} and &lt;markup&gt;, pads by a third, brackets the whole.</summary>
    public static string Transform(string value)
    {
        var result = new StringBuilder("［", value.Length * 2);
        var skipUntil = '\0';
        foreach (var c in value)
        {
            if (skipUntil != '\0')
            {
                skipUntil = c == skipUntil ? '\0' : skipUntil;
                result.Append(c);
                continue;
            }

            skipUntil = c switch { '{' => '}', '<' => '>', '&' => ';', _ => '\0' };
            var index = From.IndexOf(c, StringComparison.Ordinal);
            result.Append(index >= 0 && skipUntil == '\0' ? To[index] : c);
        }

        return result.Append('·', (value.Length + 2) / 3).Append('］').ToString();
    }
}
