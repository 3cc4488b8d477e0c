using RequestTracker.Overview;

namespace RequestTracker.Web.Api;

internal static class CalendarApi
{
    /// <summary>The iCalendar feed: anonymous, because the signed token in the URL is the credential.</summary>
    public static void MapCalendarApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{token}.ics", async (string token, HttpRequest request, CalendarFeed feed, CancellationToken ct) =>
                await feed.Build(token, new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"), ct) is { } ics
                    ? Results.Text(ics, "text/calendar; charset=utf-8")
                    : Results.NotFound())
            .AllowAnonymous()
            .WithTags("Calendar")
            .WithSummary("An advocate's deadlines and last days to appeal as iCalendar; the URL (with its token) is shown on the requests page.");
}
