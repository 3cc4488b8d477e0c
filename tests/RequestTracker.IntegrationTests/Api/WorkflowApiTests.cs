using System.Net;
using System.Text.Json;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

public abstract class WorkflowApiTests(ApiApp app)
{
    [Fact]
    public async Task Sending_starts_a_workflow_per_question_with_a_deadline_and_how_it_was_computed()
    {
        var (request, questions) = await SentRequest(TestUser.AdvocateA);

        Assert.Equal("sent", request.GetProperty("status").GetString());
        Assert.Equal("awaiting", request.GetProperty("progress").GetString());
        Assert.Equal(3, questions.Count);
        using var response = await app.Client(TestUser.AdvocateA).GetAsync($"/api/questions/{questions[0]}");
        var question = await response.Json(HttpStatusCode.OK);
        Assert.Equal("awaiting-response", question.GetProperty("state").GetString());
        Assert.Equal("ru-8-fz", question.GetProperty("lawId").GetString());
        Assert.Equal("question", question.GetProperty("definition").GetProperty("id").GetString());
        var computation = question.GetProperty("dueComputation");
        Assert.Equal("30 calendar days", computation.GetProperty("rule").GetString());
        Assert.Equal("Europe/Moscow", computation.GetProperty("timeZone").GetString());
        Assert.Contains("30 calendar days from", computation.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal("deadline-passed", question.GetProperty("nextTimer").GetProperty("fires").GetString());
        Assert.Equal(question.GetProperty("dueAt").GetDateTime(), question.GetProperty("nextTimer").GetProperty("dueAt").GetDateTime());
        Assert.Contains("answered", question.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(3, question.GetProperty("ladder").GetArrayLength());
        // The journal: the start, then the request email once the worker has sent it, and nothing else.
        var events = await Eventually.Get(
            async () =>
            {
                using var journal = await app.Client(TestUser.AdvocateA).GetAsync($"/api/questions/{questions[0]}/journal");
                var all = (await journal.Json(HttpStatusCode.OK)).EnumerateArray().Select(e => e.GetProperty("event").GetString()!).ToList();
                return all.Contains("email-sent") ? all : null;
            },
            "the request email journaled as sent");
        Assert.Equal(["started", "email-sent"], events);
    }

    [Fact]
    public async Task A_sent_request_can_be_neither_sent_again_nor_edited()
    {
        var (request, _) = await SentRequest(TestUser.AdvocateA);
        var id = request.GetProperty("id").GetInt32();

        using var again = await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{id}/send", null);
        using var edit = await app.Client(TestUser.AdvocateA).PutJson($"/api/requests/{id}", TestData.RussianRequest(request.GetProperty("authorityId").GetInt32()));

        await again.Problem(HttpStatusCode.Conflict);
        await edit.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Answering_records_the_document_reference_in_the_state_and_the_journal()
    {
        var (_, questions) = await SentRequest(TestUser.AdvocateA);

        using var response = await app.Client(TestUser.AdvocateA).PostJson($"/api/questions/{questions[1]}/actions",
            new { action = "answered", documentReference = "MFA note No. 123/2022", note = "Received by post." });

        var question = await response.Json(HttpStatusCode.OK);
        Assert.Equal("answered", question.GetProperty("state").GetString());
        Assert.Equal("MFA note No. 123/2022", question.GetProperty("documentReference").GetString());
        Assert.Equal(["reopened"], question.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString())); // a correction only
        Assert.Equal(JsonValueKind.Null, question.GetProperty("nextTimer").ValueKind);
        using var journal = await app.Client(TestUser.Manager).GetAsync($"/api/questions/{questions[1]}/journal");
        var last = (await journal.Json(HttpStatusCode.OK)).EnumerateArray().Last(e => !e.GetProperty("event").GetString()!.StartsWith("email-", StringComparison.Ordinal));
        Assert.Equal("answered", last.GetProperty("event").GetString());
        Assert.Equal(app.UserIds[TestUser.AdvocateA], last.GetProperty("actor").GetString());
        Assert.Equal("AdvocateA", last.GetProperty("by").GetString()); // the display name the fixture gave her
        Assert.Contains("Received by post.", last.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_not_permitted_now_is_409_listing_the_permitted_ones()
    {
        var (_, questions) = await SentRequest(TestUser.AdvocateA);

        using var response = await app.Client(TestUser.AdvocateA).PostJson($"/api/questions/{questions[0]}/actions", new { action = "clarification-given" });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        var permitted = problem.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("clarification-asked", permitted);
        Assert.DoesNotContain("clarification-given", permitted);
    }

    [Fact]
    public async Task An_extension_beyond_the_law_is_422_and_changes_nothing()
    {
        var (_, questions) = await SentRequest(TestUser.AdvocateA);
        var client = app.Client(TestUser.AdvocateA);
        using var before = await client.GetAsync($"/api/questions/{questions[0]}");
        var due = (await before.Json(HttpStatusCode.OK)).GetProperty("dueAt").GetDateTime();

        using var tooLong = await client.PostJson($"/api/questions/{questions[0]}/actions", new { action = "extension-announced", extension = 30 });
        using var allowed = await client.PostJson($"/api/questions/{questions[0]}/actions", new { action = "extension-announced", extension = 15 });
        using var twice = await client.PostJson($"/api/questions/{questions[0]}/actions", new { action = "extension-announced", extension = 1 });

        await tooLong.Problem(HttpStatusCode.UnprocessableEntity);
        var extended = await allowed.Json(HttpStatusCode.OK);
        await twice.Problem(HttpStatusCode.UnprocessableEntity);

        // 15 calendar days on from the last day of the period (then to a working day, art. 193), ending at
        // midnight in Moscow (UTC+3, no daylight saving since 2014): the date is counted here by hand.
        var lastDay = DateOnly.FromDateTime(due.AddHours(3)).AddDays(-1);
        var computation = extended.GetProperty("dueComputation");
        var counted = DateOnly.Parse(computation.TryGetProperty("rawDueDate", out var raw) && raw.ValueKind == JsonValueKind.String ? raw.GetString()! : computation.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(lastDay.AddDays(15), counted);
        var newLastDay = DateOnly.Parse(computation.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(newLastDay.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-3), extended.GetProperty("dueAt").GetDateTime().ToUniversalTime());
        Assert.Equal("15 calendar days", computation.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("""{"action":"deadline-passed"}""", "action")]
    [InlineData("""{"action":"approve"}""", "action")]
    [InlineData("""{}""", "action")]
    [InlineData("""{"action":"extension-announced","extension":0}""", "extension")]
    [InlineData("""{"action":"acknowledged","note":"received\u0000"}""", "note")]
    [InlineData("""{"action":"answered","documentReference":"Ref\u0007 1"}""", "documentReference")]
    public async Task A_bad_action_is_400_naming_the_field(string body, string field)
    {
        var (_, questions) = await SentRequest(TestUser.AdvocateA);

        using var response = await app.Client(TestUser.AdvocateA).PostRaw($"/api/questions/{questions[0]}/actions", body);

        await response.Problem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Another_advocates_question_is_not_found_for_reading_its_journal_or_acting()
    {
        var (_, questions) = await SentRequest(TestUser.AdvocateA);
        var other = app.Client(TestUser.AdvocateB);

        using var get = await other.GetAsync($"/api/questions/{questions[0]}");
        using var journal = await other.GetAsync($"/api/questions/{questions[0]}/journal");
        using var act = await other.PostJson($"/api/questions/{questions[0]}/actions", new { action = "withdrawn" });

        await get.Problem(HttpStatusCode.NotFound);
        await journal.Problem(HttpStatusCode.NotFound);
        await act.Problem(HttpStatusCode.NotFound);
        using var mine = await app.Client(TestUser.AdvocateA).GetAsync($"/api/questions/{questions[0]}");
        Assert.Equal("awaiting-response", (await mine.Json(HttpStatusCode.OK)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_workflow_definition_is_listed_and_drawn_with_a_state_highlighted()
    {
        var client = app.Client(TestUser.Manager);
        var before = await QuestionsIn(client, "awaiting-response");
        await SentRequest(TestUser.AdvocateA);

        using var list = await client.GetAsync("/api/workflows");
        using var one = await client.GetAsync("/api/workflows/question?state=escalating");
        using var missing = await client.GetAsync("/api/workflows/nope");
        using var badState = await client.GetAsync("/api/workflows/question?state=limbo");

        var summary = Assert.Single((await list.Json(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(4, summary.GetProperty("version").GetInt32());
        var workflow = await one.Json(HttpStatusCode.OK);
        var mermaid = workflow.GetProperty("mermaid").GetString()!;
        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        Assert.Contains("class escalating current", mermaid, StringComparison.Ordinal);
        Assert.Contains("awaiting_response --> escalating: deadline-passed (auto)", mermaid, StringComparison.Ordinal);
        var awaiting = workflow.GetProperty("states").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "awaiting-response");
        Assert.Equal(before + 3, awaiting.GetProperty("questions").GetInt32()); // the tests of a class run one at a time
        // Triggers and timer instants are written as the definitions write them, keys of "on" too — not as the members' names.
        var escalating = workflow.GetProperty("states").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "escalating");
        Assert.Equal(
            [("next-step", "step-due"), ("ladder-end", "ladder-exhausted")],
            escalating.GetProperty("timers").EnumerateArray().Select(t => (t.GetProperty("at").GetString(), t.GetProperty("fires").GetString())));
        Assert.Equal("partially-answered", escalating.GetProperty("on").GetProperty("partially-answered").GetString());
        await missing.Problem(HttpStatusCode.NotFound);
        await badState.Problem(HttpStatusCode.BadRequest, "state");
    }

    [Fact]
    public async Task A_draft_question_has_no_workflow_to_act_on()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var draft = await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId);
        var question = draft.GetProperty("questions")[0].GetProperty("id").GetInt32();

        using var act = await app.Client(TestUser.AdvocateA).PostJson($"/api/questions/{question}/actions", new { action = "answered" });
        using var get = await app.Client(TestUser.AdvocateA).GetAsync($"/api/questions/{question}");

        await act.Problem(HttpStatusCode.Conflict);
        Assert.Equal("notStarted", (await get.Json(HttpStatusCode.OK)).GetProperty("timeliness").GetString());
    }

    private static async Task<int> QuestionsIn(HttpClient client, string state)
    {
        using var response = await client.GetAsync("/api/workflows/question");
        return (await response.Json(HttpStatusCode.OK)).GetProperty("states").EnumerateArray().Single(s => s.GetProperty("id").GetString() == state).GetProperty("questions").GetInt32();
    }

    /// <summary>A request under Russia's 8-FZ (30 days from registration, one extension of 15): written in Russian, as it must be.</summary>
    private Task<(JsonElement Request, List<int> Questions)> SentRequest(TestUser user) =>
        TestData.SendRussianRequest(app.Client(TestUser.Manager), app.Client(user));
}

[Collection(SqliteApi.Name)]
public sealed class SqliteWorkflowApiTests(SqliteApiApp app) : WorkflowApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresWorkflowApiTests(PostgresApiApp app) : WorkflowApiTests(app);
