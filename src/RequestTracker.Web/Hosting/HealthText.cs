using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// The readiness answer as text: its status alone when healthy (what probes and scripts compare), and otherwise each
/// check that is not healthy with what it says — "journal: Sealing … about 1,200,000 left." — so an operator sees why.
/// </summary>
internal static class HealthText
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"\n{e.Key}: {e.Value.Description ?? e.Value.Status.ToString()}");
        return context.Response.WriteAsync(report.Status + string.Concat(lines));
    }
}
