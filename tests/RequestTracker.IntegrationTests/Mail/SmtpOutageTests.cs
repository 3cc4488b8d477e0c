using System.Net;
using RequestTracker.IntegrationTests.Infrastructure;

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

        // The worker finds the server gone: the emails wait, unsent and with no attempt spent.
        await Eventually.True(async () => (await Queued(manager)).Any(e => e.GetProperty("lastError").GetString()?.Contains("unreachable", StringComparison.Ordinal) == true), "an unreachable-server note");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var waiting = await Queued(manager);
        Assert.Equal(5, waiting.Count(e => requests.Any(r => r.Id == e.GetProperty("requestId").GetInt32())));
        Assert.All(waiting, e => Assert.Equal(0, e.GetProperty("attempts").GetInt32()));

        await app.Mail.Resume();

        await Eventually.True(
            async () => (await app.Mail.Messages()).Count(m => requests.Any(r => m.About(r.Title))) == 5,
            "all five emails at the restarted server", TimeSpan.FromSeconds(90));
        foreach (var request in requests)
        {
            await MailTestClient.Until(advocate, request.Id, i => i.GetProperty("status").GetString() == "sent", "the email marked sent");
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var arrived = (await app.Mail.Messages()).Where(m => requests.Any(r => m.About(r.Title))).ToList();
        Assert.Equal(5, arrived.Count);
        Assert.Equal(5, arrived.Select(m => m.MessageId).Distinct().Count());
    }

    private static async Task<System.Text.Json.JsonElement[]> Queued(HttpClient manager)
    {
        using var response = await manager.GetAsync("/api/outbox?status=queued&limit=100");
        return (await response.Json(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToArray();
    }
}
