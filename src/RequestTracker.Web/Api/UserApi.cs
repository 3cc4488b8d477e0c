using RequestTracker.Users;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class UserApi
{
    public static void MapUserApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(ApiPolicies.Admin);
        group.MapGet("/", (ListUsers list, CancellationToken ct) => list.Handle(ct))
            .WithSummary("List users and their roles (admins).");
        group.MapPost("/", async (CreateUserInput body, CreateUser create) =>
                (await create.Handle(body)).ToHttp(u => TypedResults.Created($"/api/users/{u.Id}", u)))
            .WithSummary("Create a user with one role: Advocate, Manager or Admin (admins).")
            .ProducesErrors();
    }
}
