using Microsoft.AspNetCore.Http.HttpResults;
using RequestTracker.Handling;

namespace RequestTracker.Web.Api;

/// <summary>
/// Reads a form body for an endpoint that takes one. Every way a body can fail to be a form (no body, another
/// content type, no or a wrong boundary, cut short, too many fields, a header line too long) is an answer
/// naming what is wrong — 415 or 400 problem+json, 413 when it is too large — never an exception that
/// surfaces as a 500. Read before anything is stored, so a refused body changes nothing.
/// </summary>
internal static class FormBody
{
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Refusal)> Read(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, TypedResults.Problem(
                title: "The request body must be a form.",
                detail: $"Send multipart/form-data (files need it) or application/x-www-form-urlencoded; the Content-Type was {(string.IsNullOrEmpty(request.ContentType) ? "missing" : $"'{request.ContentType}'")}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            return (await request.ReadFormAsync(ct), null);
        }
        catch (InvalidDataException e)
        {
            // The framework's own words are precise here: "Missing content-type boundary.", "Form value count limit 1024 exceeded."
            return (null, Unreadable($"The form could not be read: {e.Message}"));
        }
        catch (BadHttpRequestException e)
        {
            return (null, TypedResults.Problem(
                title: e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.",
                detail: e.Message, statusCode: e.StatusCode));
        }
        catch (IOException) when (!ct.IsCancellationRequested)
        {
            return (null, Unreadable(
                "The body ended before the form did: it was cut short, or its parts are not separated by the boundary its Content-Type names."));
        }
    }

    /// <summary>
    /// The one value of a field, named <paramref name="name"/> in the form and <paramref name="field"/> in errors. A field
    /// sent twice (<c>channel=post&amp;channel=fax</c>) is an error on that field: joined, the values would read as a
    /// third thing nobody sent; the first alone would drop one without a word.
    /// </summary>
    public static string? One(IFormCollection form, string name, string field, ValidationErrors errors)
    {
        var values = form[name];
        if (values.Count > 1)
        {
            errors.Add(field, $"The field {field} was sent {values.Count} times; send it once.");
            return null;
        }

        return values.Count == 0 ? null : values[0];
    }

    private static ProblemHttpResult Unreadable(string detail) =>
        TypedResults.Problem(title: "The form could not be read.", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
