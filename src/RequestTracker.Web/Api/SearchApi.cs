using RequestTracker.Access;
using RequestTracker.Search;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async ([AsParameters] SearchQueryString query, CurrentUser user, SearchAll search, CancellationToken ct) =>
                (await search.Handle(user, new SearchInput(query.Q, query.Kind, query.AuthorityId, query.Status, query.From, query.To, query.Limit), ct)).ToHttp())
            .WithTags("Search")
            .RequireAuthorization(ApiPolicies.User)
            .WithSummary("Search requests, questions, correspondence both ways and attachment names (what the caller may see): every word must appear, each as a word or its beginning; ranked; snippets mark the words between \\u0002 and \\u0003. Filters: kind (request, question, received, sent, attachment), authorityId, status, from/to (the request's filing day, YYYY-MM-DD), limit 1-100 (default 50).")
            .ProducesErrors();
    }
}

/// <summary>The query string of <c>GET /api/search</c>.</summary>
internal sealed record SearchQueryString(string? Q, string? Kind, int? AuthorityId, string? Status, string? From, string? To, int? Limit);
