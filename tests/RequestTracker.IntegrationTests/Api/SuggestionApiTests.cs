using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using RequestTracker.IntegrationTests.Infrastructure;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>A reply's suggestions (its text and the text inside its PDF) and the advocate's confirmation in one form.</summary>
public abstract class SuggestionApiTests(ApiApp app)
{
    [Fact]
    public async Task A_reply_is_read_into_suggestions_per_question_and_recorded_only_as_confirmed()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        // A scan with a meaningless name: only its text says it is the official text (question 2).
        var pdf = Pdf("Official text of the request for assistance, as sent on 5 January 2022.");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var recorded = await advocate.PostAsync($"/api/requests/{id}/replies", new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(today), "receivedOn" },
            { new StringContent("1. The appeal was made on 5 January 2022. 3. The votes of member states are confidential and cannot be disclosed. Please see the enclosed scan."), "text" },
            { file, "files", "scan001.pdf" },
        });
        var replyId = (await recorded.Json(HttpStatusCode.OK)).GetProperty("id").GetInt64();

        using var read = await advocate.GetAsync($"/api/requests/{id}/replies/{replyId}/suggestions");
        var suggestions = await read.Json(HttpStatusCode.OK);
        Assert.Equal("substantive", suggestions.GetProperty("kind").GetString());
        var byPosition = suggestions.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("position").GetInt32());
        Assert.Equal("answered", byPosition[1].GetProperty("action").GetString());
        Assert.True(byPosition[1].GetProperty("preselected").GetBoolean()); // named: "1."
        Assert.Equal("answered", byPosition[2].GetProperty("action").GetString());
        Assert.False(byPosition[2].GetProperty("preselected").GetBoolean()); // only the scan's text points at it: a hint
        Assert.Contains(byPosition[2].GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("attachment scan001.pdf", StringComparison.Ordinal));
        Assert.Equal("refused", byPosition[3].GetProperty("action").GetString());
        Assert.Contains(byPosition[3].GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("\"confidential\"", StringComparison.Ordinal));
        foreach (var question in questions)
        {
            Assert.Equal("reply-received", await State(advocate, question)); // suggested, not recorded
        }

        // The form chooses the two numbered rows; the one only the scan points at is a hint.
        using (var page = await PageClient.SignIn(app, TestUser.AdvocateA))
        {
            var (_, html) = await page.Get($"/requests/{id}/replies/{replyId}/classify");
            Assert.Equal(2, html.Split("selected=\"selected\"").Length - 1);
            Assert.Equal(1, html.Split("data-testid=\"not-preselected\"").Length - 1);
        }

        // One wrong row (an answer without its document reference): nothing is recorded, the field is named.
        using var wrong = await advocate.PostJson($"/api/requests/{id}/replies/{replyId}/classify", new
        {
            questions = new object[]
            {
                new { questionId = questions[0], action = "answered", documentReference = "Letter 31" },
                new { questionId = questions[2], action = "answered" },
            },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal("reply-received", await State(advocate, questions[0]));

        using var confirmed = await advocate.PostJson($"/api/requests/{id}/replies/{replyId}/classify", new
        {
            questions = new object[]
            {
                new { questionId = questions[0], action = "answered", documentReference = "Letter 31" },
                new { questionId = questions[1], action = "answered", documentReference = "Letter 31, annex" },
                new { questionId = questions[2], action = "refused", exemption = "Confidential" },
            },
        });
        await confirmed.Json(HttpStatusCode.OK);
        Assert.Equal(new string?[] { "answered", "answered", "refused" }, await Task.WhenAll(questions.Select(q => State(advocate, q))));

        using var none = await advocate.PostJson($"/api/requests/{id}/replies/{replyId}/classify", new { questions = new[] { new { questionId = questions[0], action = "" } } });
        await none.Problem(HttpStatusCode.BadRequest, "questions");
        using var other = await app.Client(TestUser.AdvocateB).GetAsync($"/api/requests/{id}/replies/{replyId}/suggestions");
        await other.Problem(HttpStatusCode.NotFound);
    }

    /// <summary>Issue 24: a Russian postal summary with one English word made five refusals, each chosen in the form.</summary>
    [Fact]
    public async Task A_reply_whose_only_signal_is_weak_preselects_nothing_in_the_API_or_on_the_page()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var recorded = await advocate.PostAsync($"/api/requests/{id}/replies", new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent(today), "receivedOn" },
            { new StringContent("Письмо получено по почте, содержание см. в скане. Кратко: отказ; на конверте штамп «Restricted»."), "text" },
        });
        var replyId = (await recorded.Json(HttpStatusCode.OK)).GetProperty("id").GetInt64();

        using var read = await advocate.GetAsync($"/api/requests/{id}/replies/{replyId}/suggestions");
        var suggestions = await read.Json(HttpStatusCode.OK);
        Assert.Equal("ru", suggestions.GetProperty("language").GetString());
        var rows = suggestions.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(questions.Count, rows.Count);
        Assert.All(rows, q => Assert.Equal(("refused", false), (q.GetProperty("action").GetString(), q.GetProperty("preselected").GetBoolean())));

        using var page = await PageClient.SignIn(app, TestUser.AdvocateA);
        var (status, html) = await page.Get($"/requests/{id}/replies/{replyId}/classify");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("selected=\"selected\"", html, StringComparison.Ordinal);
        Assert.Equal(questions.Count, html.Split("data-testid=\"not-preselected\"").Length - 1);
        Assert.Contains("50% sure", html, StringComparison.Ordinal);
    }

    private static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText(text, 10, new PdfPoint(40, 700), font);
        return builder.Build();
    }

    private static async Task<string?> State(HttpClient client, int question)
    {
        using var response = await client.GetAsync($"/api/questions/{question}");
        return (await response.Json(HttpStatusCode.OK)).GetProperty("state").GetString();
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteSuggestionApiTests(SqliteApiApp app) : SuggestionApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresSuggestionApiTests(PostgresApiApp app) : SuggestionApiTests(app);
