using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using RequestTracker.Web.Api;

namespace RequestTracker.Web.Hosting;

internal static class PipelineSetup
{
    public static WebApplication UseRequestTrackerPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ApiReferenceGate>();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api-docs";
            o.SwaggerEndpoint("/openapi/v1.json", "RequestTracker API v1");
            o.DocumentTitle = "RequestTracker API";
        });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        app.MapAuthApi();
        app.MapAuthorityApi();
        app.MapRequestApi();
        app.MapUserApi();
        app.MapLawApi();
        app.MapQuestionApi();
        app.MapWorkflowApi();
        app.MapMailApi();
        app.MapCalendarApi();
        app.MapRazorPages();
        return app;
    }
}
