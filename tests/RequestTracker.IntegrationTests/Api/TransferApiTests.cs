using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Mail;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// A request its authority passed on to another body: the questions end at the first body and go on as a new request to
/// the second, whose time runs as the law says — on from the first receipt (Canada's ATIA s.8(2)) or again from the day
/// it was passed on (8-FZ art. 18(7)) — a late transfer is flagged, the second body is told by a letter that says so,
/// and a transfer the law does not allow changes nothing.
/// </summary>
public abstract class TransferApiTests(ApiApp app)
{
    [Fact]
    public async Task Under_Canadas_act_the_time_runs_on_from_the_first_receipt_and_the_letter_says_so()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var first = await Authority(manager, "ca-atia", "America/Toronto", "atip@first.example.ca");
        var second = await Authority(manager, "ca-atia", "America/Toronto", "atip@second.example.ca");
        var (request, questions) = await Send(advocate, first);
        await Backdate.Request(app, request, 10);
        var day = Today("America/Toronto").AddDays(-2);

        using var response = await advocate.PostJson($"/api/requests/{request}/transfer",
            new { questionIds = new[] { questions[0] }, authorityId = second, transferredOn = Iso(day) });

        var moved = await response.Json(HttpStatusCode.Created);
        var id = moved.GetProperty("id").GetInt32();
        Assert.Equal(second, moved.GetProperty("authorityId").GetInt32());
        Assert.Equal(request, moved.GetProperty("transferredFrom").GetProperty("requestId").GetInt32());
        Assert.False(moved.GetProperty("transferLate").GetBoolean()); // 8 days after receipt, within s.8(1)'s 15
        var question = Assert.Single(moved.GetProperty("questions").EnumerateArray());
        var after = await ApiReads.Question(advocate, question.GetProperty("id").GetInt32());
        // s.8(2): deemed made to the second institution on the day the first received it: 30 days from that day (a last
        // day off rolled on by a few days at most), not from the day it was passed on eight days later.
        var due = DateOnly.Parse(after.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);
        var received = Today("America/Toronto").AddDays(-10);
        Assert.InRange(due.DayNumber - received.DayNumber, 30, 34);
        Assert.Equal("transferred", (await ApiReads.Question(advocate, questions[0])).GetProperty("state").GetString());
        Assert.Equal("awaiting-response", (await ApiReads.Question(advocate, questions[1])).GetProperty("state").GetString()); // not passed on: stays

        var origin = await ApiReads.Request(advocate, request);
        var onward = Assert.Single(origin.GetProperty("transferredTo").EnumerateArray());
        Assert.Equal((id, 1), (onward.GetProperty("requestId").GetInt32(), Assert.Single(onward.GetProperty("positions").EnumerateArray()).GetInt32()));
        var journal = await ApiReads.Journal(advocate, questions[0]);
        Assert.Contains($"it goes on as question 1 of RT-{id}", journal.Last(e => e.GetProperty("event").GetString() == "transferred").GetProperty("note").GetString(), StringComparison.Ordinal);

        var letter = await Letter(id);
        Assert.StartsWith($"Request passed on to you by {Name(first)}: ", letter, StringComparison.Ordinal);
        Assert.Contains("counts as made to you on the day it was first received", letter, StringComparison.Ordinal);
        Assert.Contains($"(reference RT-{request})", letter, StringComparison.Ordinal);
        Assert.Contains($"your reply is therefore due by the end of {Words(due)}", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_8_FZ_a_late_forwarding_restarts_the_time_and_is_flagged_and_the_letter_is_in_Russian()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var (sent, questions) = await TestData.SendRussianRequest(manager, advocate);
        var request = sent.GetProperty("id").GetInt32();
        using var created = await manager.PostJson("/api/authorities", TestData.RussianAuthority());
        var second = (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await Backdate.Request(app, request, 20);
        var day = Today("Europe/Moscow").AddDays(-1);

        // No questions named: every open one goes.
        using var response = await advocate.PostJson($"/api/requests/{request}/transfer", new { authorityId = second, transferredOn = Iso(day) });

        var moved = await response.Json(HttpStatusCode.Created);
        var id = moved.GetProperty("id").GetInt32();
        Assert.True(moved.GetProperty("transferLate").GetBoolean()); // 19 days after receipt: registration (3) + 7 days long past
        Assert.Equal(questions.Count, moved.GetProperty("questions").GetArrayLength());
        var due = DateOnly.Parse((await ApiReads.Question(advocate, moved.GetProperty("questions")[0].GetProperty("id").GetInt32())).GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);
        // Art. 18(5)-(6) again from the day it was passed on: three days to register, then thirty, a last day off rolled on.
        Assert.InRange(due.DayNumber - day.DayNumber, 33, 43);
        var journal = await ApiReads.Journal(advocate, questions[0]);
        Assert.Contains("which is a ground for complaint in itself", journal.Last(e => e.GetProperty("event").GetString() == "transferred").GetProperty("note").GetString(), StringComparison.Ordinal);

        var letter = await Letter(id);
        Assert.Contains("переадресован вам в соответствии с частью 7 статьи 18", letter, StringComparison.Ordinal);
        Assert.Contains($"(номер RT-{request}; адресат — {sent.GetProperty("authorityName").GetString()}) переадресован вам", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transfer_the_law_does_not_allow_is_refused_on_its_field_and_changes_nothing()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var (sent, questions) = await TestData.SendRequest(manager, advocate);
        var request = sent.GetProperty("id").GetInt32();
        var russian = await Authority(manager, "ru-8-fz", "Europe/Moscow", "info@other.example.org");
        var before = await ApiReads.Request(advocate, request);

        using var otherLaw = await advocate.PostJson($"/api/requests/{request}/transfer", new { authorityId = russian });
        using var same = await advocate.PostJson($"/api/requests/{request}/transfer", new { authorityId = sent.GetProperty("authorityId").GetInt32() });
        using var none = await advocate.PostJson($"/api/requests/{request}/transfer", new { questionIds = questions });
        using var future = await advocate.PostJson($"/api/requests/{request}/transfer", new { authorityId = await TestData.CreateAuthority(manager), transferredOn = Iso(Today("Europe/London").AddDays(1)) });
        using var stranger = await advocate.PostJson($"/api/requests/{request}/transfer", new { questionIds = new[] { 999_999 }, authorityId = await TestData.CreateAuthority(manager) });
        using var shape = await advocate.PostJson($"/api/requests/{request}/transfer", new { authorityId = await TestData.CreateAuthority(manager), transferredOn = "07/12/2026" });

        await otherLaw.Problem(HttpStatusCode.BadRequest, "authorityId");
        await same.Problem(HttpStatusCode.BadRequest, "authorityId");
        await none.Problem(HttpStatusCode.BadRequest, "authorityId");
        await future.Problem(HttpStatusCode.BadRequest, "transferredOn");
        await stranger.Problem(HttpStatusCode.BadRequest, "questionIds[0]");
        await shape.Problem(HttpStatusCode.BadRequest, "transferredOn");
        var after = await ApiReads.Request(advocate, request);
        Assert.Equal(before.GetProperty("questions").ToString(), after.GetProperty("questions").ToString());
        Assert.Empty(after.GetProperty("transferredTo").EnumerateArray());
        await using var scope = app.Host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Requests.AnyAsync(r => r.TransferredFromId == request));
    }

    private readonly Dictionary<int, string> _names = [];

    private string Name(int authority) => _names[authority];

    private async Task<int> Authority(HttpClient manager, string law, string zone, string email)
    {
        var name = $"Body {Guid.NewGuid():N}";
        using var created = await manager.PostJson("/api/authorities", new { name, jurisdiction = "Test", contactEmail = email, timeZone = zone, lawId = law });
        var id = (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        _names[id] = name;
        return id;
    }

    private static async Task<(int Request, List<int> Questions)> Send(HttpClient advocate, int authority)
    {
        var draft = await TestData.CreateRequest(advocate, authority);
        using var sent = await advocate.PostAsync($"/api/requests/{draft.GetProperty("id").GetInt32()}/send", null);
        var request = await sent.Json(HttpStatusCode.OK);
        return (request.GetProperty("id").GetInt32(), request.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetInt32()).ToList());
    }

    /// <summary>The letter queued to the second body, rendered as it will be sent.</summary>
    private async Task<string> Letter(int requestId)
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Outbox.AsNoTracking().SingleAsync(o => o.RequestId == requestId);
        Assert.Equal("request-transferred", row.Template);
        var (rendered, _) = await scope.ServiceProvider.GetRequiredService<MailComposer>().Render(row, CancellationToken.None);
        return rendered.Subject + "\n" + rendered.Text;
    }

    private static DateOnly Today(string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Words(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}

[Collection(SqliteApi.Name)]
public sealed class SqliteTransferApiTests(SqliteApiApp app) : TransferApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresTransferApiTests(PostgresApiApp app) : TransferApiTests(app);
