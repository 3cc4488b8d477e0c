using System.Globalization;
using System.Net;
using System.Text.Json;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// The dates of record of an authority's letter — the date it bears and the day it arrived — as the API takes them:
/// the appeal window and the authority's figures count from the day it arrived, not from when it was typed in; the
/// correspondence is in the order letters arrived; a bad date is a field error that changes nothing.
/// </summary>
public abstract class LetterDatesApiTests(ApiApp app)
{
    [Fact]
    public async Task A_refusal_that_arrived_ten_days_ago_opens_its_appeal_window_from_that_day()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await SendUnderUsFoia(advocate);
        await Backdate.Request(app, request.GetProperty("id").GetInt32(), 20);
        var today = Today("America/New_York");
        var (dated, arrived) = (today.AddDays(-12), today.AddDays(-10));
        var typed = DateTime.UtcNow;

        using var refused = await advocate.PostJson($"/api/questions/{questions[0]}/actions",
            new { action = "refused", exemption = "Exemption 5", letterDate = Iso(dated), receivedOn = Iso(arrived) });

        var question = await refused.Json(HttpStatusCode.OK);
        // 5 U.S.C. 552(a)(6)(A)(i)(III)(aa): an appeal within 90 calendar days; the day of receipt is day 0 and this
        // law does not move a last day off a weekend, so the last day is the day it arrived plus 90.
        Assert.Equal(Iso(arrived.AddDays(90)), question.GetProperty("rightsLapseDate").GetString());
        Assert.Equal(Iso(dated), question.GetProperty("outcomeLetterDate").GetString());
        Assert.Equal(Iso(arrived), question.GetProperty("outcomeReceivedOn").GetString());
        using var journal = await advocate.GetAsync($"/api/questions/{questions[0]}/journal");
        var entry = (await journal.Json(HttpStatusCode.OK)).EnumerateArray().Last(e => e.GetProperty("event").GetString() == "refused");
        Assert.Contains($"Letter of {Words(dated)}, received {Words(arrived)}.", entry.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.True(entry.GetProperty("at").GetDateTime().ToUniversalTime() >= typed.AddSeconds(-1), "the entry keeps the instant it was typed in");
    }

    [Fact]
    public async Task An_answer_counts_as_on_time_or_late_in_the_authoritys_figures_by_the_day_it_arrived()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(manager, advocate);
        var authority = request.GetProperty("authorityId").GetInt32();
        await Backdate.Request(app, request.GetProperty("id").GetInt32(), 40);
        var today = Today("Europe/London");
        var sentOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(-40), London).DateTime);

        // Sent 40 days ago under the UK's FOIA (20 working days): an answer that came on its fifth day was on time,
        // however late it is typed in; one that came today is late.
        using var early = await advocate.PostJson($"/api/questions/{questions[0]}/actions",
            new { action = "answered", documentReference = "Letter 1", letterDate = Iso(sentOn.AddDays(4)), receivedOn = Iso(sentOn.AddDays(5)) });
        using var late = await advocate.PostJson($"/api/questions/{questions[1]}/actions",
            new { action = "answered", documentReference = "Letter 2", letterDate = Iso(today.AddDays(-1)), receivedOn = Iso(today) });
        await early.Json(HttpStatusCode.OK);
        await late.Json(HttpStatusCode.OK);

        using var read = await manager.GetAsync($"/api/authorities/{authority}/figures");
        var figures = await read.Json(HttpStatusCode.OK);
        Assert.Equal(2, figures.GetProperty("outcomes").GetInt32());
        Assert.Equal(1, figures.GetProperty("onTime").GetInt32());
        Assert.Equal(1, figures.GetProperty("late").GetInt32());
        var lateDays = today.DayNumber - sentOn.DayNumber;
        Assert.Equal((5 + lateDays) / 2.0, figures.GetProperty("medianDays").GetDouble());
        Assert.Equal(lateDays, figures.GetProperty("percentile90Days").GetInt32());
    }

    [Fact]
    public async Task Bad_dates_are_errors_on_their_fields_and_change_nothing()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        await Backdate.Request(app, id, 5);
        var today = Today("Europe/London");
        var reply = await RecordPostal(advocate, id, Iso(today), null, "A letter");
        var before = await Snapshot(advocate, questions);

        var actions = $"/api/questions/{questions[0]}/actions";
        using var tomorrow = await advocate.PostJson(actions, new { action = "refused", exemption = "s.43", receivedOn = Iso(today.AddDays(1)) });
        using var afterArrival = await advocate.PostJson(actions, new { action = "refused", exemption = "s.43", letterDate = Iso(today), receivedOn = Iso(today.AddDays(-1)) });
        using var beforeSent = await advocate.PostJson(actions, new { action = "answered", documentReference = "Doc", letterDate = Iso(today.AddDays(-8)), receivedOn = Iso(today.AddDays(-7)) });
        using var shape = await advocate.PostJson(actions, new { action = "answered", documentReference = "Doc", letterDate = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) });
        using var notALetter = await advocate.PostJson(actions, new { action = "escalated", receivedOn = Iso(today) });
        using var many = await advocate.PostJson($"/api/requests/{id}/actions", new { questionIds = questions, action = "not-held", letterDate = Iso(today.AddDays(1)) });
        using var classified = await advocate.PostJson($"/api/requests/{id}/replies/{reply}/classify",
            new { questions = new[] { new { questionId = questions[1], action = "refused", exemption = "s.43", letterDate = Iso(today.AddDays(1)) } } });
        using var replyLetter = await advocate.PostAsync($"/api/requests/{id}/replies", PostalForm(Iso(today), Iso(today.AddDays(-1)), "Dated after it came"));

        await tomorrow.Problem(HttpStatusCode.BadRequest, "receivedOn");
        await afterArrival.Problem(HttpStatusCode.BadRequest, "letterDate");
        await beforeSent.Problem(HttpStatusCode.BadRequest, "letterDate", "receivedOn");
        await shape.Problem(HttpStatusCode.BadRequest, "letterDate");
        await notALetter.Problem(HttpStatusCode.BadRequest, "receivedOn");
        await many.Problem(HttpStatusCode.BadRequest, "letterDate");
        await classified.Problem(HttpStatusCode.BadRequest, "questions[0].letterDate");
        await replyLetter.Problem(HttpStatusCode.BadRequest, "letterDate");
        Assert.Equal(before, await Snapshot(advocate, questions));
        Assert.Single(await Received(advocate, id));
    }

    [Fact]
    public async Task The_correspondence_is_in_the_order_letters_arrived_and_a_classified_letter_gives_its_dates()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        await Backdate.Request(app, id, 10);
        var today = Today("Europe/London");

        await RecordPostal(advocate, id, Iso(today.AddDays(-2)), null, "Second letter");
        var first = await RecordPostal(advocate, id, Iso(today.AddDays(-5)), Iso(today.AddDays(-7)), "First letter");
        using var classified = await advocate.PostJson($"/api/requests/{id}/replies/{first}/classify",
            new { questions = new[] { new { questionId = questions[0], action = "refused", exemption = "s.43" } } });

        var received = await Received(advocate, id);
        Assert.Equal(["First letter", "Second letter"], received.Select(m => m.GetProperty("subject").GetString()));
        Assert.Equal(Iso(today.AddDays(-7)), received[0].GetProperty("letterDate").GetString());
        Assert.Equal(Iso(today.AddDays(-5)), received[0].GetProperty("receivedOn").GetString());
        Assert.Equal(JsonValueKind.Null, received[1].GetProperty("letterDate").ValueKind);
        // Classified without dates of its own, the refusal takes its letter's: dated a week ago, arrived five days ago.
        var refused = (await classified.Json(HttpStatusCode.OK)).EnumerateArray().Single(q => q.GetProperty("id").GetInt32() == questions[0]);
        Assert.Equal(Iso(today.AddDays(-7)), refused.GetProperty("outcomeLetterDate").GetString());
        Assert.Equal(Iso(today.AddDays(-5)), refused.GetProperty("outcomeReceivedOn").GetString());

        using var browser = await PageForms.SignIn(app.Host, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password);
        var page = await browser.GetStringAsync($"/requests/{id}");
        var letter = $"Letter of {Brief(today.AddDays(-7))}, received {Brief(today.AddDays(-5))}";
        var (questionPart, thread) = (page[..page.IndexOf("id=\"correspondence\"", StringComparison.Ordinal)], page[page.IndexOf("id=\"correspondence\"", StringComparison.Ordinal)..]);
        Assert.Contains(letter, thread, StringComparison.Ordinal);
        Assert.Contains(letter, questionPart, StringComparison.Ordinal); // with the refusal it was classified as
        Assert.True(thread.IndexOf("First letter", StringComparison.Ordinal) < thread.IndexOf("Second letter", StringComparison.Ordinal), "the letters in the order they arrived");
    }

    [Fact]
    public async Task The_action_classify_and_reply_forms_take_the_dates_and_show_a_bad_one_next_to_its_field()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        await Backdate.Request(app, id, 5);
        var today = Today("Europe/London");
        var reply = await RecordPostal(advocate, id, Iso(today.AddDays(-2)), Iso(today.AddDays(-3)), "Letter 7");
        using var page = await PageClient.SignIn(app, TestUser.AdvocateA);

        var (_, form) = await page.Get($"/requests/{id}/replies/new");
        Assert.Contains("name=\"Form.LetterDate\"", form, StringComparison.Ordinal);
        var (_, classify) = await page.Get($"/requests/{id}/replies/{reply}/classify");
        Assert.Contains($"name=\"LetterDate\" type=\"date\" value=\"{Iso(today.AddDays(-3))}\"", classify, StringComparison.Ordinal); // the reply's own
        Assert.Contains($"name=\"ReceivedOn\" type=\"date\" value=\"{Iso(today.AddDays(-2))}\"", classify, StringComparison.Ordinal);
        using (var classified = await page.Post($"/requests/{id}/replies/{reply}/classify",
            ("Rows[0].QuestionId", $"{questions[0]}"), ("Rows[0].Action", "refused"), ("Rows[0].Exemption", "s.43"),
            ("LetterDate", Iso(today.AddDays(-3))), ("ReceivedOn", Iso(today.AddDays(-2)))))
        {
            Assert.Equal(HttpStatusCode.Redirect, classified.StatusCode);
        }

        var (_, detail) = await page.Get($"/requests/{id}");
        Assert.Contains($"name=\"Action.ReceivedOn\" type=\"date\" max=\"{Iso(today)}\" value=\"{Iso(today)}\"", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("— documentReference", detail, StringComparison.Ordinal); // what an action needs, in words
        var (_, missing) = await page.PostRead($"/requests/{id}?handler=Act", ("Action.QuestionId", $"{questions[1]}"), ("Action.Action", "answered"), ("Action.ReceivedOn", Iso(today)));
        Assert.Contains("must give the reference of the document released.", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("(documentReference)", missing, StringComparison.Ordinal);
        var (refused, withError) = await page.PostRead($"/requests/{id}?handler=Act",
            ("Action.QuestionId", $"{questions[1]}"), ("Action.Action", "answered"), ("Action.DocumentReference", "Doc 2"), ("Action.ReceivedOn", Iso(today.AddDays(1))));
        Assert.Equal(HttpStatusCode.OK, refused);
        Assert.Contains($"The day it arrived cannot be later than today ({Iso(today)} where the authority is).", withError, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Iso(today.AddDays(1))}\"", withError, StringComparison.Ordinal); // what was typed, kept
        using (var answered = await page.Post($"/requests/{id}?handler=Act",
            ("Action.QuestionId", $"{questions[1]}"), ("Action.Action", "answered"), ("Action.DocumentReference", "Doc 2"),
            ("Action.LetterDate", Iso(today.AddDays(-4))), ("Action.ReceivedOn", Iso(today.AddDays(-1)))))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        // An escalation has no dates of record: the form's day of arrival is not sent on with it.
        using (var escalated = await page.Post($"/requests/{id}?handler=Act",
            ("Action.QuestionId", $"{questions[2]}"), ("Action.Action", "escalated"), ("Action.ReceivedOn", Iso(today)), ("confirmed", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);
        }

        var views = new List<JsonElement>();
        foreach (var question in questions)
        {
            using var read = await advocate.GetAsync($"/api/questions/{question}");
            views.Add(await read.Json(HttpStatusCode.OK));
        }

        Assert.Equal((Iso(today.AddDays(-3)), Iso(today.AddDays(-2))), (views[0].GetProperty("outcomeLetterDate").GetString(), views[0].GetProperty("outcomeReceivedOn").GetString()));
        Assert.Equal((Iso(today.AddDays(-4)), Iso(today.AddDays(-1))), (views[1].GetProperty("outcomeLetterDate").GetString(), views[1].GetProperty("outcomeReceivedOn").GetString()));
        Assert.Equal("escalating", views[2].GetProperty("state").GetString());
    }

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private async Task<(JsonElement Request, List<int> Questions)> SendUnderUsFoia(HttpClient advocate)
    {
        using var created = await app.Client(TestUser.Manager).PostJson("/api/authorities", new
        {
            name = $"Agency {Guid.NewGuid():N}",
            jurisdiction = "United States",
            contactEmail = "foia@agency.example.org",
            timeZone = "America/New_York",
            lawId = "us-foia",
            escalationContacts = new[] { new { kind = "ombudsman", name = "OGIS", email = "ogis@example.org" } },
        });
        var draft = await TestData.CreateRequest(advocate, (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32());
        using var sent = await advocate.PostAsync($"/api/requests/{draft.GetProperty("id").GetInt32()}/send", null);
        var request = await sent.Json(HttpStatusCode.OK);
        return (request, request.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetInt32()).ToList());
    }

    private static async Task<long> RecordPostal(HttpClient client, int requestId, string receivedOn, string? letterDate, string subject)
    {
        using var response = await client.PostAsync($"/api/requests/{requestId}/replies", PostalForm(letterDate, receivedOn, subject));
        return (await response.Json(HttpStatusCode.OK)).GetProperty("id").GetInt64();
    }

    private static MultipartFormDataContent PostalForm(string? letterDate, string receivedOn, string subject)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(receivedOn), "receivedOn" },
            { new StringContent(subject), "subject" },
            { new StringContent("Please find our answer enclosed."), "text" },
        };
        if (letterDate is not null)
        {
            form.Add(new StringContent(letterDate), "letterDate");
        }

        return form;
    }

    private static async Task<List<JsonElement>> Received(HttpClient client, int requestId)
    {
        using var response = await client.GetAsync($"/api/requests/{requestId}/correspondence");
        return (await response.Json(HttpStatusCode.OK)).EnumerateArray().Where(m => m.GetProperty("direction").GetString() == "received").ToList();
    }

    /// <summary>
    /// Each question's state, appeal day and journal length: what a refused action must leave as it was (the delivery
    /// worker's entries for the request email come when they come, so they are not counted).
    /// </summary>
    private static async Task<string> Snapshot(HttpClient client, IEnumerable<int> questions)
    {
        var parts = new List<string>();
        foreach (var question in questions)
        {
            using var read = await client.GetAsync($"/api/questions/{question}");
            var view = await read.Json(HttpStatusCode.OK);
            using var journal = await client.GetAsync($"/api/questions/{question}/journal");
            parts.Add($"{view.GetProperty("state").GetString()} {view.GetProperty("rightsLapseDate")} {(await journal.Json(HttpStatusCode.OK)).EnumerateArray().Count(e => !e.GetProperty("event").GetString()!.StartsWith("email-", StringComparison.Ordinal))}");
        }

        return string.Join("; ", parts);
    }

    private static DateOnly Today(string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Words(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Brief(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}

[Collection(SqliteApi.Name)]
public sealed class SqliteLetterDatesApiTests(SqliteApiApp app) : LetterDatesApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresLetterDatesApiTests(PostgresApiApp app) : LetterDatesApiTests(app);
