using System.Net;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

public abstract class RequestApiTests(ApiApp app)
{
    [Fact]
    public async Task An_advocate_files_a_request_with_several_questions_and_reads_it_back()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));

        using var response = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", TestData.Request(authorityId));

        var created = await response.Json(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/requests/{id}", response.Headers.Location?.OriginalString);
        using var read = await app.Client(TestUser.AdvocateA).GetAsync($"/api/requests/{id}");
        var request = await read.Json(HttpStatusCode.OK);
        Assert.Equal("draft", request.GetProperty("status").GetString());
        Assert.Equal(app.UserIds[TestUser.AdvocateA], request.GetProperty("ownerId").GetString());
        Assert.Equal(authorityId, request.GetProperty("authorityId").GetInt32());
        var questions = request.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], questions.Select(q => q.GetProperty("position").GetInt32()));
        Assert.Equal(["timeline", "requestText", "voteRecords"], questions.Select(q => q.GetProperty("category").GetString()));
    }

    [Fact]
    public async Task Every_bad_field_is_named_and_nothing_is_filed()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var body = new
        {
            authorityId,
            title = new string('t', 201),
            body = "",
            questions = new object[] { new { category = "timeline", text = "" }, new { text = "no category" } },
        };

        using var response = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", body);

        await response.Problem(HttpStatusCode.BadRequest, "title", "body", "questions[0].text", "questions[1].category");
        await AssertNoRequestsFor(authorityId);
    }

    [Fact]
    public async Task A_title_with_a_line_break_is_refused_because_it_would_reach_an_email_header()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var body = new
        {
            authorityId,
            title = "Documents\r\nBcc: everyone@example.org",
            body = "Body",
            questions = new[] { new { category = "other", text = "Multi-line\ntext is fine here" } },
        };

        using var response = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", body);

        var problem = await response.Problem(HttpStatusCode.BadRequest, "title");
        Assert.False(problem.GetProperty("errors").TryGetProperty("questions[0].text", out _));
        await AssertNoRequestsFor(authorityId);
    }

    [Fact]
    public async Task A_NUL_or_other_control_character_is_refused_on_its_field_and_nothing_is_filed()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var body = new
        {
            authorityId,
            title = "Documents",
            body = "Dear Sir,\0 the letter",
            legalBasis = "Art. 8\u001b[31m",
            questions = new[] { new { category = "other", text = "The text\0" }, new { category = "other", text = "Fine,\n\ton two lines" } },
        };

        using var response = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", body);

        var problem = await response.Problem(HttpStatusCode.BadRequest, "body", "legalBasis", "questions[0].text");
        Assert.Equal(["body", "legalBasis", "questions[0].text"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        await AssertNoRequestsFor(authorityId);
    }

    [Fact]
    public async Task An_authority_that_does_not_exist_is_named_and_nothing_is_filed()
    {
        using var response = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", TestData.Request(987654));

        await response.Problem(HttpStatusCode.BadRequest, "authorityId");
        await AssertNoRequestsFor(987654);
    }

    [Theory]
    [InlineData("""{"authorityId":1,"title":"t","body":"b","questions":[{"category":"secrets","text":"x"}]}""", "questions[0].category")]
    [InlineData("""{"authorityId":1,"title":"t","body":"b","questions":[{"category":3,"text":"x"}]}""", "questions[0].category")]
    [InlineData("""{"authorityId":1,"title":"t","body":"b","questions":[{"category":"requestText, voteRecords","text":"x"}]}""", "questions[0].category")] // not the third category their bits make
    [InlineData("""{"authorityId":"one","title":"t","body":"b","questions":[]}""", "authorityId")]
    [InlineData("""{"authorityId":1,"title":"t",""", "$")]
    [InlineData("""not json at all""", "$")]
    public async Task Unreadable_json_is_400_naming_the_field(string json, string field)
    {
        using var response = await app.Client(TestUser.AdvocateA).PostRaw("/api/requests", json);

        await response.Problem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task No_questions_or_too_many_is_400()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var tooMany = Enumerable.Range(0, 21).Select(i => new { category = "other", text = $"q{i}" }).ToArray();

        using var none = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", new { authorityId, title = "t", body = "b", questions = Array.Empty<object>() });
        using var many = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", new { authorityId, title = "t", body = "b", questions = tooMany });

        await none.Problem(HttpStatusCode.BadRequest, "questions");
        await many.Problem(HttpStatusCode.BadRequest, "questions");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413_problem()
    {
        var huge = new string('x', 300 * 1024);

        using var response = await app.Client(TestUser.AdvocateA).PostJson("/api/requests", new { authorityId = 1, title = "t", body = huge, questions = Array.Empty<object>() });

        await response.Problem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Another_advocates_request_is_not_found_for_every_operation()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var id = (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId)).GetProperty("id").GetInt32();
        var other = app.Client(TestUser.AdvocateB);

        using var get = await other.GetAsync($"/api/requests/{id}");
        using var put = await other.PutJson($"/api/requests/{id}", TestData.Request(authorityId, "hijacked"));
        using var withdraw = await other.PostAsync($"/api/requests/{id}/withdraw", null);
        using var list = await other.GetAsync($"/api/requests?authorityId={authorityId}");

        await get.Problem(HttpStatusCode.NotFound);
        await put.Problem(HttpStatusCode.NotFound);
        await withdraw.Problem(HttpStatusCode.NotFound);
        Assert.Equal(0, (await list.Json(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
        using var own = await app.Client(TestUser.AdvocateA).GetAsync($"/api/requests/{id}");
        var unchanged = await own.Json(HttpStatusCode.OK);
        Assert.Equal("draft", unchanged.GetProperty("status").GetString());
        Assert.NotEqual("hijacked", unchanged.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Managers_and_admins_see_every_advocates_requests()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId);
        await TestData.CreateRequest(app.Client(TestUser.AdvocateB), authorityId);

        foreach (var user in new[] { TestUser.Manager, TestUser.Admin })
        {
            using var list = await app.Client(user).GetAsync($"/api/requests?authorityId={authorityId}");
            Assert.Equal(2, (await list.Json(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_draft_is_edited_by_replacing_its_content_and_questions()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var id = (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId)).GetProperty("id").GetInt32();
        var body = new { authorityId, title = "Article 51 report", body = "b", legalBasis = "UN Charter", questions = new[] { new { category = "article51Report", text = "Reported?" } } };

        using var response = await app.Client(TestUser.AdvocateA).PutJson($"/api/requests/{id}", body);

        var json = await response.Json(HttpStatusCode.OK);
        Assert.Equal("Article 51 report", json.GetProperty("title").GetString());
        var question = Assert.Single(json.GetProperty("questions").EnumerateArray());
        Assert.Equal("article51Report", question.GetProperty("category").GetString());
    }

    [Fact]
    public async Task A_withdrawn_request_can_be_neither_edited_nor_withdrawn_again()
    {
        var authorityId = await TestData.CreateAuthority(app.Client(TestUser.Manager));
        var id = (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authorityId)).GetProperty("id").GetInt32();

        using var withdraw = await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{id}/withdraw", null);
        using var again = await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{id}/withdraw", null);
        using var edit = await app.Client(TestUser.AdvocateA).PutJson($"/api/requests/{id}", TestData.Request(authorityId, "changed"));

        var withdrawn = await withdraw.Json(HttpStatusCode.OK);
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.String, withdrawn.GetProperty("withdrawnAt").ValueKind);
        await again.Problem(HttpStatusCode.Conflict);
        await edit.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_unknown_request_is_404_problem()
    {
        using var response = await app.Client(TestUser.Manager).GetAsync("/api/requests/999999");

        await response.Problem(HttpStatusCode.NotFound);
    }

    private async Task AssertNoRequestsFor(int authorityId)
    {
        using var list = await app.Client(TestUser.Manager).GetAsync($"/api/requests?authorityId={authorityId}");
        Assert.Equal(0, (await list.Json(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteRequestApiTests(SqliteApiApp app) : RequestApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresRequestApiTests(PostgresApiApp app) : RequestApiTests(app);
