using RequestTracker.Authorities;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class AuthorityApi
{
    public static void MapAuthorityApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/authorities").WithTags("Authorities").RequireAuthorization(ApiPolicies.User);
        group.MapGet("/", (ReadAuthorities read, CancellationToken ct) => read.List(ct))
            .WithSummary("List every authority, ordered by name.");
        group.MapGet("/{id:int}", async (int id, ReadAuthorities read, CancellationToken ct) => (await read.Get(id, ct)).ToHttp())
            .WithSummary("Read one authority.")
            .ProducesErrors();
        group.MapGet("/{id:int}/figures", async (int id, RequestTracker.Overview.AuthorityFigures figures, CancellationToken ct) => (await figures.Handle(id, ct)).ToHttp())
            .WithSummary("How the authority answers: requests and questions sent, final answers by kind, on time and late, median and 90th-percentile days to a final answer, open overdue now.")
            .ProducesErrors();
        group.MapPost("/", async (AuthorityInput body, SaveAuthority save, CancellationToken ct) =>
                (await save.Create(body, ct)).ToHttp(a => TypedResults.Created($"/api/authorities/{a.Id}", a)))
            .RequireAuthorization(ApiPolicies.Manager)
            .WithSummary("Create an authority (managers and admins).")
            .ProducesErrors();
        group.MapPut("/{id:int}", async (int id, AuthorityInput body, SaveAuthority save, CancellationToken ct) => (await save.Update(id, body, ct)).ToHttp())
            .RequireAuthorization(ApiPolicies.Manager)
            .WithSummary("Replace an authority's details (managers and admins).")
            .ProducesErrors();
    }
}
