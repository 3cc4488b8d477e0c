using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// Turns request-reading failures (malformed JSON, wrong types, unknown enum values, a body too large)
/// into problem+json with the status Kestrel or the binder chose and, for JSON, the path of the bad field.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = new HttpValidationProblemDetails { Status = bad.StatusCode, Title = Title(bad.StatusCode), Detail = bad.Message };
        if (FindJsonException(bad) is { } json)
        {
            var field = JsonPathToField(json.Path);
            problem.Detail = "The request body is not valid JSON for this endpoint.";
            problem.Errors[field] = [FieldMessage(json, field)];
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be application/json.",
        _ => "The request could not be read.",
    };

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>"$.questions[0].category" becomes "questions[0].category", the key validation errors use too; "$" is the whole body.</summary>
    internal static string JsonPathToField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "$";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static string FieldMessage(JsonException json, string field) =>
        json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"The value of {field} is not valid for its type (for enumerations, use one of the documented names)."
            : field == "$" ? "The request body is not valid JSON." : $"The JSON is malformed at {field}.";
}
