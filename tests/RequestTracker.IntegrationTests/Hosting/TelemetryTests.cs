using RequestTracker.Access;
using RequestTracker.Overview;
using RequestTracker.Runtime;
using System.Collections.ObjectModel;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Handling;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Requests;
using RequestTracker.Telemetry;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Hosting;

/// <summary>
/// Span listeners are process-wide and question ids restart at 1 in every test database, so another test's
/// question 1 would land in this one's exporter: this collection runs alone.
/// </summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryRunsAlone;

/// <summary>The app's own telemetry pipeline, exported in memory: one question's life is one trace.</summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Sending_the_firing_and_the_email_of_each_question_land_in_that_questions_trace()
    {
        var spans = new LockedList();
        var metrics = new List<Metric>();
        var folder = TestWorkflows.CreateFolder();
        await using var database = new SqliteTestDatabase();
        await using var host = new AppHost(
            database,
            new Dictionary<string, string?> { ["Workflows:Path"] = folder, ["Telemetry:Enabled"] = "true" },
            services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            });
        host.StartServer();

        int requestId;
        IReadOnlyList<int> questions;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var user = (await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput("traced@test.example.org", "T", Roles.Advocate, "a long enough passphrase"))).Value!;
            var advocate = new CurrentUser(user.Id, false, false);
            var authority = (await services.GetRequiredService<SaveAuthority>().Create(
                new AuthorityInput("Traced Authority", "Test", "foi@example.org", "Etc/UTC", TestWorkflows.SecondsLaw, []), CancellationToken.None)).Value!;
            var filed = await services.GetRequiredService<FileRequest>().Handle(advocate,
                new RequestInput(authority.Id, "Traced", "Body", "", [new QuestionInput(QuestionCategory.Other, "Q1"), new QuestionInput(QuestionCategory.Other, "Q2")]), CancellationToken.None);
            var sent = await services.GetRequiredService<SendRequest>().Handle(advocate, filed.Value!.Id, CancellationToken.None);
            Assert.Equal(OutcomeKind.Ok, sent.Kind);
            requestId = sent.Value!.Id;
            questions = sent.Value.Questions.Select(q => q.Id).ToList();
        }

        // The 2-second deadline passes and the request email is delivered (to the pickup folder).
        await Eventually.True(
            async () =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                var journal = scope.ServiceProvider.GetRequiredService<AppDbContext>().Journal;
                return await journal.CountAsync(j => j.RequestId == requestId && j.Event == "deadline-passed") == 2
                    && await journal.CountAsync(j => j.RequestId == requestId && j.Event == "email-sent") >= 2;
            },
            "both deadlines to fire and the request email to be sent",
            TimeSpan.FromSeconds(30));
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();

        foreach (var question in questions)
        {
            var trace = QuestionTraces.Of(question).TraceId;
            var mine = spans.Snapshot().Where(s => s.TraceId == trace).ToList();
            Assert.Contains(mine, s => s.DisplayName == "question sent");
            var fired = Assert.Single(mine, s => s.DisplayName == "timer fired" && (string?)s.GetTagItem("requesttracker.trigger") == "deadline-passed");
            Assert.Equal(question, fired.GetTagItem("requesttracker.question.id"));
            Assert.Equal(requestId, fired.GetTagItem("requesttracker.request.id"));
            Assert.Equal(TestWorkflows.SecondsLaw, fired.GetTagItem("requesttracker.law"));
            Assert.Equal("awaiting-response", fired.GetTagItem("requesttracker.state.from"));
            var email = Assert.Single(mine, s => s.DisplayName == "email delivery" && (string?)s.GetTagItem("requesttracker.email.template") == "request");
            Assert.Equal("Accepted", email.GetTagItem("requesttracker.email.result"));
            Assert.NotNull(email.GetTagItem("requesttracker.email.message_id"));
            Assert.All(mine, s => Assert.Equal(QuestionTraces.Of(question).SpanId, s.ParentSpanId));
        }

        // The runtime's metrics and the waiting-work gauges, with their units.
        await host.Services.GetRequiredService<WorkGauges>().Refresh(CancellationToken.None);
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var firings = metrics.Where(m => m.Name == "requesttracker.timers.fired").SelectMany(Points).Sum(p => p.GetSumLong());
        Assert.True(firings >= 2, $"timers.fired was {firings}");
        foreach (var (name, unit) in new[] { ("requesttracker.timers.due", "{timer}"), ("requesttracker.timers.overdue", "{timer}"), ("requesttracker.outbox.depth", "{email}"), ("requesttracker.outbox.oldest_age", "s"), ("requesttracker.inbox.unmatched", "{email}") })
        {
            var metric = metrics.LastOrDefault(m => m.Name == name);
            Assert.True(metric is not null, $"no {name} exported");
            Assert.Equal(unit, metric.Unit);
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task With_Telemetry_Prometheus_the_metrics_are_scraped_at_metrics_without_sign_in()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = new AppHost(database, new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" });
        host.StartServer();
        await host.Services.GetRequiredService<WorkGauges>().Refresh(CancellationToken.None);
        using var client = host.NewClient();

        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("requesttracker_outbox_oldest_age_seconds", text, StringComparison.Ordinal);
        Assert.Contains("requesttracker_timers_due", text, StringComparison.Ordinal);
    }

    private static IEnumerable<MetricPoint> Points(Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            yield return point;
        }
    }

    /// <summary>The in-memory exporter adds from whichever thread ends a span.</summary>
    private sealed class LockedList : Collection<Activity>
    {
        public List<Activity> Snapshot()
        {
            lock (Items)
            {
                return [.. Items];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (Items)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
