using RequestTracker.Handling;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// The field rule for what the address carries: every query parameter and route value is one-line text. A NUL in
/// one (<c>?state=%00</c>, <c>/api/users/%00/enable</c>) would otherwise reach a database lookup, where PostgreSQL
/// refuses it with an error that surfaced as a 500. Refused here, once, before any endpoint: 400 naming the parameter.
/// </summary>
internal sealed class UrlTextRule(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var faults = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, values) in context.Request.Query)
        {
            if (values.Any(v => v is not null && TextRule.Fault(v, oneLine: true) is not null) || TextRule.Fault(name, oneLine: true) is not null)
            {
                faults[name] = [$"The query parameter {name} {TextRule.LineFault}"];
            }
        }

        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && TextRule.Fault(text, oneLine: true) is not null)
            {
                faults[name] = [$"The {name} in the address {TextRule.LineFault}"];
            }
        }

        if (faults.Count == 0)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return; // a page: the error page says the address could not be read (status code pages write it)
        }

        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(faults) { Status = StatusCodes.Status400BadRequest, Title = "The address could not be read." },
        });
    }
}
