using Microsoft.AspNetCore.Http.HttpResults;
using RequestTracker.Handling;

namespace RequestTracker.Web.Api;

/// <summary>Maps a handler's outcome to HTTP: every failure is problem+json, validation names each field.</summary>
internal static class OutcomeHttp
{
    /// <summary>
    /// Typed results: the success type (<c>Ok&lt;T&gt;</c>, <c>Created&lt;T&gt;</c>, a file) and the validation
    /// problem describe themselves to the OpenAPI document, so it cannot drift from what the code returns.
    /// </summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> ToHttp<T, TOk>(this Outcome<T> outcome, Func<T, TOk> ok)
        where TOk : IResult => outcome.Kind switch
        {
            OutcomeKind.Ok => ok(outcome.Value!),
            OutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors, title: "One or more fields are invalid."),
            OutcomeKind.NotFound => TypedResults.Problem(title: "Not found.", statusCode: StatusCodes.Status404NotFound),
            OutcomeKind.Conflict => TypedResults.Problem(title: "Conflict.", detail: outcome.Detail, statusCode: StatusCodes.Status409Conflict, extensions: outcome.Extensions),
            OutcomeKind.Unprocessable => TypedResults.Problem(
                title: "Not allowed by the law or the lifecycle.", detail: outcome.Detail, statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: outcome.Errors.Count == 0 ? null : new Dictionary<string, object?> { ["errors"] = outcome.Errors }),
            _ => throw new InvalidOperationException($"Unknown outcome {outcome.Kind}."),
        };

    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToHttp<T>(this Outcome<T> outcome) => outcome.ToHttp(value => TypedResults.Ok(value));

    /// <summary>The error responses every endpoint with a body or an id can give, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesErrors(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
