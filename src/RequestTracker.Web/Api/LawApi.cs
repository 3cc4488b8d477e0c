using RequestTracker.Definitions;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal sealed record LawSummary(string Id, string Name, string Calendar, string TimeZone, string Response, IReadOnlyList<string> Ladder);

internal static class LawApi
{
    public static void MapLawApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/laws", (WorkflowCatalog catalog) => catalog.Laws.Values
                .OrderBy(l => l.Id, StringComparer.Ordinal)
                .Select(l => new LawSummary(l.Id, l.Name, l.CalendarId, catalog.Calendars[l.CalendarId].Zone.Id, l.Response.ToString(), l.Ladder.Select(s => s.Name).ToList())))
            .WithTags("Laws")
            .RequireAuthorization(ApiPolicies.User)
            .WithSummary("The legal regimes an authority can be placed under (its lawId), from workflows/laws.");
}
