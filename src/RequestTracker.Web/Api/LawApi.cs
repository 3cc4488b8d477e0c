using RequestTracker.Laws;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class LawApi
{
    public static void MapLawApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/laws", () => KnownLaws.All)
            .WithTags("Laws")
            .RequireAuthorization(ApiPolicies.User)
            .WithSummary("The legal regimes an authority can be placed under (its lawId).");
}
