using System.Net;
using System.Text.Json;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>One set of questions to several authorities: a request each under its own law, read back as a matrix.</summary>
public abstract class BatchApiTests(ApiApp app)
{
    [Fact]
    public async Task Each_authority_gets_its_own_request_under_its_own_law_and_the_matrix_shows_who_answered_what()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var ru = await Authority(manager, "ru-8-fz", "Europe/Moscow");
        var kz = await Authority(manager, "kz-401-v", "Asia/Almaty");
        var uk = await Authority(manager, "uk-foia-2000", "Europe/London");

        using var filed = await advocate.PostJson("/api/batches", Batch([(ru, "Федеральный закон № 8-ФЗ, статья 18"), (kz, null), (uk, null)]));
        var batch = await filed.Json(HttpStatusCode.Created);
        var id = batch.GetProperty("id").GetInt32();
        Assert.Equal($"/api/batches/{id}", filed.Headers.Location?.OriginalString);
        var columns = Columns(batch);
        Assert.Equal(3, columns.Count);
        Assert.All(columns, c => Assert.Equal("draft", c.GetProperty("status").GetString()));
        Assert.All(Rows(batch).SelectMany(Cells), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("state").ValueKind));

        // Each column is an ordinary request: its own authority, the batch's text in the authority's language, the legal basis given for it.
        var ruRequest = await Read(advocate, $"/api/requests/{Column(batch, ru).GetProperty("requestId").GetInt32()}");
        Assert.Equal(id, ruRequest.GetProperty("batchId").GetInt32());
        Assert.Equal(("ru", "Федеральный закон № 8-ФЗ, статья 18"), (ruRequest.GetProperty("language").GetString(), ruRequest.GetProperty("legalBasis").GetString()));
        var kzRequest = await Read(advocate, $"/api/requests/{Column(batch, kz).GetProperty("requestId").GetInt32()}");
        Assert.Equal("Устав ОДКБ, статья 3.", kzRequest.GetProperty("legalBasis").GetString());
        Assert.Equal("Как голосовало каждое государство-член?", kzRequest.GetProperty("questions")[1].GetProperty("text").GetString());
        var ukRequest = await Read(advocate, $"/api/requests/{Column(batch, uk).GetProperty("requestId").GetInt32()}");
        Assert.Equal(("en", "How did each member state vote?"), (ukRequest.GetProperty("language").GetString(), ukRequest.GetProperty("questions")[1].GetProperty("text").GetString()));

        // A request filed alone to the same authority at the same moment gets the same deadlines: the batch adds nothing of its own.
        var controls = new Dictionary<int, JsonElement>();
        foreach (var authority in new[] { ru, kz, uk })
        {
            var draft = authority == uk ? await TestData.CreateRequest(advocate, authority) : await TestData.CreateRussianRequest(advocate, authority);
            using var sentAlone = await advocate.PostAsync($"/api/requests/{draft.GetProperty("id").GetInt32()}/send", null);
            controls[authority] = await sentAlone.Json(HttpStatusCode.OK);
        }

        using var send = await advocate.PostAsync($"/api/batches/{id}/send", null);
        var sent = await send.Json(HttpStatusCode.OK);
        foreach (var (authority, law) in new[] { (ru, "ru-8-fz"), (kz, "kz-401-v"), (uk, "uk-foia-2000") })
        {
            var column = Column(sent, authority);
            Assert.Equal("sent", column.GetProperty("status").GetString());
            Assert.Equal(law, column.GetProperty("lawId").GetString());
            var expected = controls[authority].GetProperty("questions")[0].GetProperty("dueAt").GetDateTime();
            var index = Columns(sent).FindIndex(c => c.GetProperty("authorityId").GetInt32() == authority);
            foreach (var row in Rows(sent))
            {
                var cell = Cells(row).ElementAt(index);
                Assert.Equal("awaiting-response", cell.GetProperty("state").GetString());
                Assert.Equal(expected, cell.GetProperty("dueAt").GetDateTime());
            }
        }

        Assert.NotEqual(Cell(sent, 1, kz).GetProperty("dueDate").GetString(), Cell(sent, 1, uk).GetProperty("dueDate").GetString());
        using var again = await advocate.PostAsync($"/api/batches/{id}/send", null);
        await again.Problem(HttpStatusCode.Conflict);

        // Answered at one authority: the row says where.
        using var answered = await advocate.PostJson($"/api/questions/{Cell(sent, 1, kz).GetProperty("questionId").GetInt32()}/actions", new { action = "answered", documentReference = "Letter 17" });
        await answered.Json(HttpStatusCode.OK);
        var matrix = await Read(advocate, $"/api/batches/{id}");
        var where = Assert.Single(Rows(matrix)[0].GetProperty("answeredBy").EnumerateArray());
        Assert.Equal(Column(matrix, kz).GetProperty("authorityName").GetString(), where.GetProperty("authorityName").GetString());
        Assert.Empty(Rows(matrix)[1].GetProperty("answeredBy").EnumerateArray());

        // One action on a row goes wherever it applies: the answered cell is skipped, not refused.
        using var acknowledged = await advocate.PostJson($"/api/batches/{id}/questions/1/actions", new { action = "acknowledged", note = "Registered." });
        var result = await acknowledged.Json(HttpStatusCode.OK);
        Assert.Equal(2, result.GetProperty("acted").GetArrayLength());
        Assert.Equal(Cell(sent, 1, kz).GetProperty("questionId").GetInt32(), Assert.Single(result.GetProperty("skipped").EnumerateArray()).GetInt32());
        Assert.Equal("answered", Cell(result.GetProperty("batch"), 1, kz).GetProperty("state").GetString());
        Assert.Equal("awaiting-response", Cell(result.GetProperty("batch"), 1, ru).GetProperty("state").GetString());

        // Named cells must all take it, or nothing is recorded.
        var kzRequestId = Column(sent, kz).GetProperty("requestId").GetInt32();
        var ruRequestId = Column(sent, ru).GetProperty("requestId").GetInt32();
        using var named = await advocate.PostJson($"/api/batches/{id}/questions/1/actions", new { action = "refused", exemption = "Art. 5", requestIds = new[] { ruRequestId, kzRequestId } });
        await named.Problem(HttpStatusCode.Conflict);
        Assert.Equal("awaiting-response", Cell(await Read(advocate, $"/api/batches/{id}"), 1, ru).GetProperty("state").GetString());
        using var nowhere = await advocate.PostJson($"/api/batches/{id}/questions/1/actions", new { action = "clarification-given" });
        await nowhere.Problem(HttpStatusCode.Conflict);
        using var noRow = await advocate.PostJson($"/api/batches/{id}/questions/9/actions", new { action = "acknowledged" });
        await noRow.Problem(HttpStatusCode.Conflict);

        // The list counts the batch's questions and where they were answered.
        var listed = (await Read(advocate, "/api/batches?limit=100")).GetProperty("items").EnumerateArray().Single(b => b.GetProperty("id").GetInt32() == id);
        Assert.Equal(3, listed.GetProperty("authorities").GetInt32());
        Assert.Equal(6, listed.GetProperty("questions").GetInt32());
        Assert.Equal(1, listed.GetProperty("answered").GetInt32());
        Assert.Equal(0, listed.GetProperty("drafts").GetInt32());
    }

    [Fact]
    public async Task The_public_batch_page_is_the_matrix_named_after_the_batch_and_lists_count_per_question()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var (ru, uk) = (await Authority(manager, "ru-8-fz", "Europe/Moscow"), await Authority(manager, "uk-foia-2000", "Europe/London"));
        using var filed = await advocate.PostJson("/api/batches", Batch([(ru, null), (uk, null)]));
        var id = (await filed.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        using (var send = await advocate.PostAsync($"/api/batches/{id}/send", null))
        {
            await send.Json(HttpStatusCode.OK);
        }

        using (var answered = await advocate.PostJson($"/api/batches/{id}/questions/1/actions", new { action = "answered", documentReference = "Letter 1", requestIds = new[] { Column(await Read(advocate, $"/api/batches/{id}"), uk).GetProperty("requestId").GetInt32() } }))
        {
            await answered.Json(HttpStatusCode.OK);
        }

        using (var publish = await advocate.PostAsync($"/api/batches/{id}/publish", null))
        {
            Assert.True(publish.IsSuccessStatusCode);
        }

        using var anonymous = app.Anonymous();
        var page = await anonymous.GetStringAsync($"/public/batches/{id}");
        Assert.Contains("<h1>CSTO deployment: the same questions to each body</h1>", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"public-matrix\"", page, StringComparison.Ordinal);
        // Question 1 answered at the UK body, awaiting at the Russian one; each column counts its own questions.
        var ukCell = page[page.IndexOf($"data-testid=\"cell-1-{uk}\"", StringComparison.Ordinal)..];
        Assert.Contains("Answered", ukCell[..ukCell.IndexOf("</td>", StringComparison.Ordinal)], StringComparison.Ordinal);
        var ruCell = page[page.IndexOf($"data-testid=\"cell-1-{ru}\"", StringComparison.Ordinal)..];
        Assert.Contains("Awaiting response", ruCell[..ruCell.IndexOf("</td>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("1 of 2 answered", page, StringComparison.Ordinal);
        Assert.Contains("0 of 2 answered", page, StringComparison.Ordinal);
        // The public front page leads to the matrix: the batch by its name, how many authorities are public.
        var front = await anonymous.GetStringAsync("/public");
        Assert.Contains($"<a href=\"/public/batches/{id}\">CSTO deployment: the same questions to each body</a> — 2 authorities", front, StringComparison.Ordinal);
        var list = await anonymous.GetStringAsync($"/public/authorities/{uk}");
        Assert.Contains("1 of 2 answered · 1 open", list, StringComparison.Ordinal);

        // Refused: the ladder passes the reminder by (the UK's appeal starts at the internal review) and tells a visitor
        // what the requester may do, not "you".
        var ukRequest = Column(await Read(advocate, $"/api/batches/{id}"), uk).GetProperty("requestId").GetInt32();
        using (var refused = await advocate.PostJson($"/api/batches/{id}/questions/2/actions", new { action = "refused", exemption = "s.27", requestIds = new[] { ukRequest } }))
        {
            await refused.Json(HttpStatusCode.OK);
        }

        var request = await anonymous.GetStringAsync($"/public/requests/{ukRequest}");
        Assert.Contains("not for a refusal", request, StringComparison.Ordinal);
        Assert.Contains("if the requester escalates", request, StringComparison.Ordinal);
        Assert.DoesNotContain("if you escalate", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_one_authority_leaves_the_others_running_and_the_rest_can_follow()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateA);
        var a = await Authority(manager, "ru-8-fz", "Europe/Moscow");
        var b = await Authority(manager, "kz-401-v", "Asia/Almaty");
        using var filed = await advocate.PostJson("/api/batches", Batch([(a, null), (b, null)]));
        var batch = await filed.Json(HttpStatusCode.Created);
        var id = batch.GetProperty("id").GetInt32();
        var aRequest = Column(batch, a).GetProperty("requestId").GetInt32();

        // Sent to one authority only; the other stays a draft.
        using var one = await advocate.PostJson($"/api/batches/{id}/send", new { requestIds = new[] { aRequest } });
        var partly = await one.Json(HttpStatusCode.OK);
        Assert.Equal("sent", Column(partly, a).GetProperty("status").GetString());
        Assert.Equal("draft", Column(partly, b).GetProperty("status").GetString());
        using var send = await advocate.PostAsync($"/api/batches/{id}/send", null);
        await send.Json(HttpStatusCode.OK);

        using var withdrawOne = await advocate.PostJson($"/api/batches/{id}/withdraw", new { reason = "Answered elsewhere.", requestIds = new[] { aRequest } });
        var after = await withdrawOne.Json(HttpStatusCode.OK);
        Assert.Equal("withdrawn", Column(after, a).GetProperty("status").GetString());
        Assert.Equal("sent", Column(after, b).GetProperty("status").GetString());
        Assert.Equal("withdrawn", Cell(after, 1, a).GetProperty("state").GetString());
        Assert.Equal("awaiting-response", Cell(after, 1, b).GetProperty("state").GetString());

        using var rest = await advocate.PostJson($"/api/batches/{id}/withdraw", new { reason = "No longer needed." });
        var all = await rest.Json(HttpStatusCode.OK);
        Assert.All(Columns(all), c => Assert.Equal("withdrawn", c.GetProperty("status").GetString()));
        using var again = await advocate.PostJson($"/api/batches/{id}/withdraw", new { });
        await again.Problem(HttpStatusCode.Conflict);
        using var act = await advocate.PostJson($"/api/batches/{id}/questions/1/actions", new { action = "acknowledged" });
        await act.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_files_nothing()
    {
        var manager = app.Client(TestUser.Manager);
        var advocate = app.Client(TestUser.AdvocateB);
        var a = await Authority(manager, "ru-8-fz", "Europe/Moscow");
        var before = (await Read(advocate, "/api/batches?limit=100")).GetProperty("items").GetArrayLength();

        using var none = await advocate.PostJson("/api/batches", Batch([]));
        await none.Problem(HttpStatusCode.BadRequest, "authorities");
        using var twice = await advocate.PostJson("/api/batches", Batch([(a, null), (a, null)]));
        await twice.Problem(HttpStatusCode.BadRequest, "authorities[1].authorityId");
        using var unknown = await advocate.PostJson("/api/batches", Batch([(999_999, null), (a, null)]));
        await unknown.Problem(HttpStatusCode.BadRequest, "authorities[0].authorityId");
        using var empty = await advocate.PostJson("/api/batches", new { title = "", body = "x", questions = Array.Empty<object>(), authorities = new[] { new { authorityId = a } } });
        await empty.Problem(HttpStatusCode.BadRequest, "title", "questions", "authorities");
        using var badCursor = await advocate.GetAsync("/api/batches?cursor=nonsense");
        await badCursor.Problem(HttpStatusCode.BadRequest, "cursor");

        Assert.Equal(before, (await Read(advocate, "/api/batches?limit=100")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Another_advocates_batch_does_not_exist_for_them_and_a_manager_sees_it()
    {
        var manager = app.Client(TestUser.Manager);
        var owner = app.Client(TestUser.AdvocateA);
        var other = app.Client(TestUser.AdvocateB);
        var a = await Authority(manager, "ru-8-fz", "Europe/Moscow");
        var b = await Authority(manager, "io-default", "Europe/Moscow");
        using var filed = await owner.PostJson("/api/batches", Batch([(a, null), (b, null)]));
        var id = (await filed.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        foreach (var response in new[]
        {
            await other.GetAsync($"/api/batches/{id}"),
            await other.PostAsync($"/api/batches/{id}/send", null),
            await other.PostJson($"/api/batches/{id}/withdraw", new { }),
            await other.PostJson($"/api/batches/{id}/questions/1/actions", new { action = "acknowledged" }),
        })
        {
            using (response)
            {
                await response.Problem(HttpStatusCode.NotFound);
            }
        }

        Assert.DoesNotContain((await Read(other, "/api/batches?limit=100")).GetProperty("items").EnumerateArray(), x => x.GetProperty("id").GetInt32() == id);
        Assert.Equal(2, Columns(await Read(manager, $"/api/batches/{id}")).Count);
    }

    private static object Batch(IReadOnlyList<(int Id, string? LegalBasis)> authorities) => new
    {
        title = "CSTO deployment: the same questions to each body",
        body = "Please provide the documents listed below.",
        legalBasis = "Charter of the CSTO, Article 3.",
        questions = new[]
        {
            new { category = "timeline", text = "When was the request for assistance made?" },
            new { category = "voteRecords", text = "How did each member state vote?" },
        },
        authorities = authorities.Select(a => new { authorityId = a.Id, legalBasis = a.LegalBasis }).ToArray(),
        texts = new[] { TestData.RussianText() },
    };

    private static async Task<int> Authority(HttpClient manager, string lawId, string zone)
    {
        using var response = await manager.PostJson("/api/authorities", new
        {
            name = $"Authority {Guid.NewGuid():N}",
            jurisdiction = "Test",
            contactEmail = "info@authority.example.org",
            timeZone = zone,
            lawId,
            escalationContacts = new[] { new { kind = "court", name = "District Court", email = "court@example.org" } },
        });
        return (await response.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> Read(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await response.Json(HttpStatusCode.OK);
    }

    private static List<JsonElement> Columns(JsonElement batch) => batch.GetProperty("authorities").EnumerateArray().ToList();

    private static List<JsonElement> Rows(JsonElement batch) => batch.GetProperty("questions").EnumerateArray().ToList();

    private static IEnumerable<JsonElement> Cells(JsonElement row) => row.GetProperty("cells").EnumerateArray();

    private static JsonElement Column(JsonElement batch, int authorityId) => Columns(batch).Single(c => c.GetProperty("authorityId").GetInt32() == authorityId);

    private static JsonElement Cell(JsonElement batch, int position, int authorityId)
    {
        var index = Columns(batch).FindIndex(c => c.GetProperty("authorityId").GetInt32() == authorityId);
        return Cells(Rows(batch).Single(r => r.GetProperty("position").GetInt32() == position)).ElementAt(index);
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteBatchApiTests(SqliteApiApp app) : BatchApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresBatchApiTests(PostgresApiApp app) : BatchApiTests(app);
