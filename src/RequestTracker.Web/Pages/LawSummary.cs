using RequestTracker.Authorities;
using RequestTracker.Definitions;

namespace RequestTracker.Web.Pages;

/// <summary>What an authority's law means for a request, in one line for a picker: the law, its time limit, its holidays, the zone.</summary>
internal static class LawSummary
{
    public static string Of(WorkflowCatalog catalog, AuthorityResponse authority) =>
        catalog.Laws.TryGetValue(authority.LawId, out var law)
            ? $"{law.Name}; reply {law.Response.Within}; holidays: {CalendarName(catalog, law.CalendarId)}; days counted in {authority.TimeZone} (the authority's zone)"
            : authority.LawId;

    public static string Name(WorkflowCatalog catalog, string lawId) => catalog.Laws.TryGetValue(lawId, out var law) ? law.Name : lawId;

    private static string CalendarName(WorkflowCatalog catalog, string id) => catalog.Calendars.TryGetValue(id, out var calendar) ? calendar.Name : id;
}
