using RequestTracker.Access;
using RequestTracker.Users;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class UserApi
{
    public static void MapUserApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(ApiPolicies.Admin);
        group.MapGet("/", (ListUsers list, CancellationToken ct) => list.Handle(ct))
            .WithSummary("List users, their roles and whether each is disabled (admins).");
        group.MapPost("/", async (CreateUserInput body, CreateUser create) =>
                (await create.Handle(body)).ToHttp(u => TypedResults.Created($"/api/users/{u.Id}", u)))
            .WithSummary("Create a user with one role: Advocate, Manager or Admin (admins).")
            .ProducesErrors();
        group.MapPost("/{id}/disable", async (string id, CurrentUser caller, UserAccess access) =>
                (await access.Disable(id, caller)).ToHttp(TypedResults.Ok))
            .WithSummary("Disable an account: it cannot sign in and its tokens and sessions stop within seconds (admins).")
            .ProducesErrors();
        group.MapPost("/{id}/enable", async (string id, UserAccess access) =>
                (await access.Enable(id)).ToHttp(TypedResults.Ok))
            .WithSummary("Enable a disabled account again (admins).")
            .ProducesErrors();
        group.MapPut("/{id}/password", async (string id, PasswordInput body, UserAccess access) =>
                (await access.SetPassword(id, body)).ToHttp(TypedResults.Ok))
            .WithSummary("Set an account's password; its existing tokens and sessions stop within seconds (admins).")
            .ProducesErrors();
        group.MapPost("/{id}/password-reset", async (string id, HttpRequest http, AppUrl url, PasswordReset reset, CancellationToken ct) =>
                (await reset.Send(id, url.ForSignedIn(http), ct)).ToHttp(sent => TypedResults.Accepted((string?)null, sent)))
            .WithSummary("Email the user a one-time link to choose a new password (valid 3 hours; one email per 10 minutes; the password stays until the link is used) (admins).")
            .ProducesErrors();
    }
}
