using RequestTracker.Authorities;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Laws;
using RequestTracker.Definitions.Templates;
using RequestTracker.Web.Localization;

namespace RequestTracker.Web.Pages;

/// <summary>
/// What an authority's law means for a request, in one line for a picker: the law, its time limit, its holidays, the zone.
/// A law is named in the page's language as its file names it (<c>names: { ru: … }</c>; see <see cref="Words.Use"/>).
/// </summary>
internal static class LawSummary
{
    public static string Of(WorkflowCatalog catalog, AuthorityResponse authority) =>
        catalog.Laws.TryGetValue(authority.LawId, out var law)
            ? Words.T("{0}; reply {1}; holidays: {2}; days counted in {3} (the authority's zone)",
                Name(law), Words.English ? law.Response.Within : LetterWords.Within(law.Response, "ru"), CalendarName(catalog, law.CalendarId), Display.Zone(authority.TimeZone))
            : authority.LawId;

    public static string Name(WorkflowCatalog catalog, string lawId) => catalog.Laws.TryGetValue(lawId, out var law) ? Name(law) : lawId;

    /// <summary>The law's name in the page's language: its Russian citation on a Russian page where the file gives one.</summary>
    public static string Name(LawDefinition law) => Words.T(law.Name);

    private static string CalendarName(WorkflowCatalog catalog, string id) => catalog.Calendars.TryGetValue(id, out var calendar) ? Words.T(calendar.Name) : id;
}
