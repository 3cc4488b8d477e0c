using Npgsql;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using RequestTracker.Mail.Intake;
using RequestTracker.Overview;
using RequestTracker.Telemetry;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// OpenTelemetry, off unless asked for: with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set (the standard variable;
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_SERVICE_NAME</c> and the rest are read by the exporter) traces,
/// metrics and logs go to that collector. Traces: every HTTP request, outgoing HTTP and PostgreSQL command,
/// and the runtime's own spans, one trace per question (<see cref="QuestionTraces"/>). Metrics: the timer
/// worker's fired, skipped and lag, the delivery worker's outcomes, the waiting work (<see cref="WorkGauges"/>),
/// ASP.NET Core's request metrics.
/// <c>Telemetry:Prometheus</c> adds a scrape endpoint (<see cref="MapTelemetry"/>); <c>Telemetry:Enabled</c>
/// turns the pipeline on without an exporter (tests add an in-memory one).
/// </summary>
internal static class TelemetrySetup
{
    public const string PrometheusPath = "/metrics";

    public static readonly string[] Meters = ["RequestTracker.Workflows", "RequestTracker.Mail", IntakeMetrics.MeterName, WorkGauges.MeterName];

    private static bool Prometheus(IConfiguration configuration) => configuration.GetValue<bool>("Telemetry:Prometheus");

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var prometheus = Prometheus(builder.Configuration);
        if (!otlp && !prometheus && !builder.Configuration.GetValue<bool>("Telemetry:Enabled"))
        {
            return;
        }

        builder.Services.AddSingleton<WorkGauges>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WorkGauges>());
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("RequestTracker"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(QuestionTraces.SourceName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters).AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            builder.Logging.AddOpenTelemetry(logs => logs.AddOtlpExporter());
        }
    }

    /// <summary>
    /// With <c>Telemetry:Prometheus</c>, the metrics in Prometheus' text format at <c>/metrics</c>, without
    /// sign-in as scrapers expect: counts and timings only, no request or person. Keep it off the public
    /// ingress (a network policy, or the ingress not routing it).
    /// </summary>
    public static void MapTelemetry(this WebApplication app)
    {
        if (Prometheus(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint(PrometheusPath).AllowAnonymous();
        }
    }
}
