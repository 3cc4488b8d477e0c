using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.Users;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal sealed record TokenRequest(string? Email, string? Password);

internal sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn);

internal static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken)
            .AllowAnonymous()
            .WithTags("Auth")
            .WithSummary("Exchange email and password for a bearer token ({ accessToken, expiresIn }).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> IssueToken(
        TokenRequest body,
        HttpContext http,
        SignInAttempts attempts,
        SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        var errors = new ValidationErrors();
        if (Credentials.Read(errors, body.Email, body.Password) is not (var email, var password))
        {
            return Outcome<object>.Invalid(errors).ToHttp();
        }

        var attempt = await attempts.Try(http, email, password);
        if (attempt.Wait is { } wait)
        {
            return TypedResults.Problem(
                title: "Too many attempts.", detail: SignInThrottle.Message(wait), statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (attempt.User is not { } user)
        {
            return TypedResults.Problem(
                title: "Unauthorized.", detail: PasswordCheck.Refusal, statusCode: StatusCodes.Status401Unauthorized);
        }

        // The bearer handler's own protector makes the token, so the handler validates it and its expiry;
        // written here rather than by SignIn so the response carries no refresh token we do not honour.
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
        return TypedResults.Ok(new TokenResponse("Bearer", token, (long)options.BearerTokenExpiration.TotalSeconds));
    }
}
