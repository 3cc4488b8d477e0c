using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Background;
using RequestTracker.Data;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Runtime;

namespace RequestTracker.IntegrationTests.Mail;

/// <summary>The app with its own smtp4dev, which the test stops and starts again.</summary>
public sealed class OutageApp : ApiApp
{
    public Smtp4dev Mail { get; private set; } = null!;

    public override string Provider => "Sqlite";

    protected override Task<TestDatabase> CreateDatabase() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    protected override async Task<IReadOnlyDictionary<string, string?>?> CreateSettings()
    {
        Mail = await Smtp4dev.Start();
        return Mail.Settings(intake: false);
    }

    protected override async Task DisposeServices() => await Mail.DisposeAsync();
}

public sealed class SmtpOutageTests(OutageApp app) : IClassFixture<OutageApp>
{
    [Fact]
    public async Task Email_queued_while_the_server_is_down_is_delivered_once_when_it_is_back()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var authority = await MailTestClient.Authority(manager);
        await app.Mail.Stop();

        var requests = new List<(int Id, string Title, int[] Questions)>();
        for (var i = 0; i < 5; i++)
        {
            requests.Add(await MailTestClient.Send(advocate, authority, $"Question {i}"));
        }

        // The worker finds the server gone, and goes on finding it gone (three rounds, backing off 1 s, 2 s):
        // the emails wait, unsent and with no attempt spent.
        using var rounds = new UnreachableRounds();
        await Eventually.True(async () => (await Queued(manager)).Any(e => e.GetProperty("lastError").GetString()?.Contains("unreachable", StringComparison.Ordinal) == true), "an unreachable-server note");
        await Eventually.True(() => Task.FromResult(rounds.Count >= 3), "three rounds finding the server unreachable");
        var waiting = (await Queued(manager)).Where(e => requests.Any(r => r.Id == e.GetProperty("requestId").GetInt32())).ToArray();
        Assert.Equal(5, waiting.Length);
        Assert.All(waiting, e => Assert.Equal(0, e.GetProperty("attempts").GetInt32()));

        await app.Mail.Resume();

        await Eventually.True(
            async () => (await app.Mail.Messages()).Count(m => requests.Any(r => m.About(r.Title))) == 5,
            "all five emails at the restarted server", TimeSpan.FromSeconds(90));
        foreach (var request in requests)
        {
            await MailTestClient.Until(advocate, request.Id, i => i.GetProperty("status").GetString() == "sent", "the email marked sent");
        }

        // A sent row's error field holds only what went wrong before, and says so.
        using (var sent = await manager.GetAsync("/api/outbox?status=sent&limit=100"))
        {
            var rows = (await sent.Json(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Where(e => requests.Any(r => r.Id == e.GetProperty("requestId").GetInt32())).ToList();
            Assert.Equal(5, rows.Count);
            var errors = rows.Select(e => e.GetProperty("lastError").GetString()).ToList();
            Assert.All(errors, error => Assert.True(error is null || error.StartsWith("Before it was sent: Mail server unreachable", StringComparison.Ordinal), error));
            Assert.Contains(rows, e => e.GetProperty("lastError").GetString() is not null); // the one tried while the server was down
        }

        // Each row is marked sent only after the server accepted it, so nothing can still be on its way.
        var arrived = (await app.Mail.Messages()).Where(m => requests.Any(r => m.About(r.Title))).ToList();
        Assert.Equal(5, arrived.Count);
        Assert.Equal(5, arrived.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task An_email_the_server_took_but_the_process_never_recorded_is_sent_again_under_the_same_Message_Id()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var authority = await MailTestClient.Authority(manager);
        var request = await MailTestClient.Send(advocate, authority, "Taken but never recorded");
        await MailTestClient.Until(advocate, request.Id, i => i.GetProperty("status").GetString() == "sent", "the email marked sent");

        // What a process killed between the server's "250 OK" and its own commit leaves behind: the row still queued,
        // its lease run out. (MailCrashTests kills a real process; where the kill lands there is chance.)
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var reset = await db.Outbox.Where(o => o.RequestId == request.Id).ExecuteUpdateAsync(o => o
                .SetProperty(x => x.Status, OutboxStatus.Queued)
                .SetProperty(x => x.SentAt, (DateTime?)null)
                .SetProperty(x => x.LeaseOwner, (string?)null)
                .SetProperty(x => x.LeaseUntil, (DateTime?)null)
                .SetProperty(x => x.NextAttemptAt, (DateTime?)null));
            Assert.Equal(1, reset);
        }

        app.Host.Services.GetRequiredService<WorkSignal>().Notify();
        var copies = await Eventually.Get(
            async () => (await app.Mail.Messages()).Where(m => m.About(request.Title)).ToList() is { Count: >= 2 } both ? both : null,
            "the email sent a second time", TimeSpan.FromSeconds(60));

        Assert.Equal(2, copies.Count);
        Assert.Single(copies.Select(m => m.MessageId).Distinct()); // so the authority's mail client shows one message
        await MailTestClient.Until(advocate, request.Id, i => i.GetProperty("status").GetString() == "sent", "the email marked sent again");
    }

    [Fact]
    public async Task A_connection_the_server_closed_while_idle_is_replaced_without_an_error_or_a_wait()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var authority = await MailTestClient.Authority(manager);
        var first = await MailTestClient.Send(advocate, authority, "Before the restart");
        await MailTestClient.Until(advocate, first.Id, i => i.GetProperty("status").GetString() == "sent", "the first email sent");

        // The server restarts: the connection the worker kept is dead, which it can only find out by using it.
        await app.Mail.Stop();
        await app.Mail.Resume();
        var second = await MailTestClient.Send(advocate, authority, "After the restart");
        await MailTestClient.Until(advocate, second.Id, i => i.GetProperty("status").GetString() == "sent", "the second email sent");

        using var response = await manager.GetAsync("/api/outbox?status=sent&limit=100");
        var row = (await response.Json(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Single(e => e.GetProperty("requestId").GetInt32() == second.Id);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("lastError").ValueKind); // no false "unreachable"
        Assert.Equal(1, row.GetProperty("attempts").GetInt32());
        Assert.Equal("Mail accepted", row.GetProperty("serverReply").GetString()); // smtp4dev's reply to DATA
    }

    private static async Task<System.Text.Json.JsonElement[]> Queued(HttpClient manager)
    {
        using var response = await manager.GetAsync("/api/outbox?status=queued&limit=100");
        return (await response.Json(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToArray();
    }
}

/// <summary>Counts the delivery worker's rounds that found the SMTP server unreachable (its own metric).</summary>
internal sealed class UnreachableRounds : IDisposable
{
    private readonly System.Diagnostics.Metrics.MeterListener _listener = new();
    private long _count;

    public UnreachableRounds()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "requesttracker.mail.unreachable")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
