using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;

namespace RequestTracker.Web.Hosting;

/// <summary>A database constraint a concurrent change broke: 409 problem+json saying what happened, not 500.</summary>
internal sealed class ConstraintExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbUpdateException update || ConstraintViolation.Of(update) is not { } kind)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The change conflicts with another one.",
            Detail = ConstraintViolation.Describe(kind),
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
