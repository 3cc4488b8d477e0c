using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using RequestTracker.Web.Api;

namespace RequestTracker.Web.Hosting;

internal static class PipelineSetup
{
    public static WebApplication UseRequestTrackerPipeline(this WebApplication app)
    {
        app.ReportKeyProtection();
        Localization.Words.Use(
            app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizerFactory>(),
            app.Services.GetRequiredService<RequestTracker.Definitions.WorkflowCatalog>());
        Pages.FormErrors.Use(app.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizerFactory>());
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        // The API (and tools) get problem+json for an empty error status; a browser on a page gets the error page.
        app.UseWhen(ForTools, tools => tools.UseStatusCodePages());
        app.UseWhen(c => !ForTools(c), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        // Routing after the status code pages, so a re-executed request (the error page) is routed again.
        app.UseRouting();
        app.UseMiddleware<UrlTextRule>(); // after routing, so route values are read too
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        // After sign-in, so a person's profile chooses the pages' language; Localization:Pseudo adds the test culture.
        app.UseRequestLocalization(Localization.UiCultures.Options(app.Configuration.GetValue<bool>("Localization:Pseudo")));
        app.UseMiddleware<ApiReferenceGate>();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api-docs";
            o.SwaggerEndpoint("/openapi/v1.json", "RequestTracker API v1");
            o.DocumentTitle = "RequestTracker API";
            // swagger-ui's own page falls short of our accessibility bar in two places: mended from outside.
            o.InjectStylesheet("/css/api-docs.css");
            o.InjectJavascript("/js/api-docs.js");
        });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthText.Write }).AllowAnonymous();
        app.MapTelemetry();

        app.MapAuthApi();
        app.MapAuthorityApi();
        app.MapRequestApi();
        app.MapBatchApi();
        app.MapPublicEndpoints();
        app.MapUserApi();
        app.MapLawApi();
        app.MapQuestionApi();
        app.MapWorkflowApi();
        app.MapMailApi();
        app.MapLetterApi();
        app.MapSearchApi();
        app.MapCalendarApi();
        app.MapRazorPages();
        return app;
    }

    private static bool ForTools(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi")
        || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/calendar")
        || context.Request.Path.StartsWithSegments(TelemetrySetup.PrometheusPath);
}
