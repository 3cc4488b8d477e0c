using RequestTracker.Access;
using RequestTracker.Overview;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class WorkflowApi
{
    public static void MapWorkflowApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows").RequireAuthorization(ApiPolicies.User);
        group.MapGet("/", (DescribeWorkflows describe) => describe.List())
            .WithSummary("The lifecycle definitions with their versions and content hashes.");
        group.MapGet("/{id}", async (string id, string? state, CurrentUser user, DescribeWorkflows describe, CancellationToken ct) =>
                (await describe.Get(user, id, state, ct)).ToHttp())
            .WithSummary("One definition: states, transitions, timers, questions per state, and a Mermaid diagram (?state= highlights one).")
            .ProducesErrors();
    }
}
