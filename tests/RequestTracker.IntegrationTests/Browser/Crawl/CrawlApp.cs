using System.Globalization;
using System.Net;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Browser.Crawl;

/// <summary>
/// An app of the crawler's own (it disables accounts, withdraws and publishes, so it shares nothing): the
/// demo case, plus for advocate A a draft, a sent request with a recorded reply and its scan, a published
/// request and a sent, published batch — so drafts, re-shown forms and public pages are all reachable —
/// and the same for advocate B, whose ids advocate A then tries.
/// </summary>
public sealed class CrawlApp : ApiApp
{
    public override string Provider => "Sqlite";

    public Seeded A { get; private set; } = null!;

    public Seeded B { get; private set; } = null!;

    protected override Task<TestDatabase> CreateDatabase() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    protected override Task<IReadOnlyDictionary<string, string?>?> CreateSettings() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>?>(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

    /// <summary>Called once users exist (by the test's fixture initialisation).</summary>
    public async Task Seed()
    {
        if (A is not null)
        {
            return;
        }

        var manager = Client(TestUser.Manager);
        var authority = await TestData.CreateAuthority(manager);
        var second = await TestData.CreateAuthority(manager);
        A = await SeedFor(Client(TestUser.AdvocateA), authority, second);
        B = await SeedFor(Client(TestUser.AdvocateB), authority, second);
    }

    private static async Task<Seeded> SeedFor(HttpClient advocate, int authority, int second)
    {
        var draft = (await TestData.CreateRequest(advocate, authority, "A draft never sent")).GetProperty("id").GetInt32();
        var sent = await Send(advocate, authority, "Sent, with a reply by post");
        var (reply, attachment) = await RecordReply(advocate, sent.Id);
        var published = await Send(advocate, authority, "Sent and published");
        await Ok(await advocate.PostAsync($"/api/requests/{published.Id}/publish", null));
        int batch;
        using (var filed = await advocate.PostJson("/api/batches", new
        {
            title = "The same questions to two bodies",
            body = "Please provide the documents below.",
            questions = new[] { new { category = "voteRecords", text = "How did each member state vote?" } },
            authorities = new[] { new { authorityId = authority }, new { authorityId = second } },
        }))
        {
            batch = (await filed.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        }

        await Ok(await advocate.PostAsync($"/api/batches/{batch}/send", null));
        await Ok(await advocate.PostAsync($"/api/batches/{batch}/publish", null));
        return new Seeded(draft, sent.Id, sent.Questions[0], reply, attachment, published.Id, batch);
    }

    private static async Task<(int Id, int[] Questions)> Send(HttpClient advocate, int authority, string title)
    {
        var request = await TestData.CreateRequest(advocate, authority, title);
        var id = request.GetProperty("id").GetInt32();
        await Ok(await advocate.PostAsync($"/api/requests/{id}/send", null));
        return (id, request.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetInt32()).ToArray());
    }

    private static async Task<(long Reply, long Attachment)> RecordReply(HttpClient advocate, int request)
    {
        using var scan = new ByteArrayContent("We acknowledge your request and will reply in due course."u8.ToArray());
        scan.Headers.ContentType = new("text/plain");
        // No day of arrival: today where the authority is (a day typed in another zone is tomorrow there late in the evening).
        using var form = new MultipartFormDataContent
        {
            { new StringContent("post"), "channel" },
            { new StringContent("We acknowledge your request."), "text" },
            { scan, "files", "letter.txt" },
        };
        using var recorded = await advocate.PostAsync($"/api/requests/{request}/replies", form);
        var reply = (await recorded.Json(HttpStatusCode.OK)).GetProperty("id").GetInt64();
        using var thread = await advocate.GetAsync($"/api/requests/{request}/correspondence");
        var attachment = (await thread.Json(HttpStatusCode.OK)).EnumerateArray()
            .SelectMany(m => m.TryGetProperty("attachments", out var list) ? list.EnumerateArray() : Enumerable.Empty<System.Text.Json.JsonElement>())
            .Select(a => a.GetProperty("id").GetInt64()).First();
        return (reply, attachment);
    }

    private static async Task Ok(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}

/// <summary>One advocate's records in each state the crawler must reach.</summary>
public sealed record Seeded(int Draft, int Sent, int Question, long Reply, long Attachment, int Published, int Batch)
{
    /// <summary>The pages of these records, to start from (so every state is reached even if no link leads there first).</summary>
    public IReadOnlyList<string> Pages =>
    [
        $"/requests/{Draft}", $"/requests/edit/{Draft}", $"/requests/{Sent}", $"/requests/{Sent}/replies/new",
        $"/requests/{Sent}/replies/{Reply}/classify", $"/questions/{Question}/workflow", $"/requests/{Published}", $"/batches/{Batch}",
        $"/public/requests/{Published}", $"/public/batches/{Batch}",
    ];

    /// <summary>What another advocate must find "not found": every private page and download of these records.</summary>
    public IReadOnlyList<string> Private =>
    [
        $"/requests/{Draft}", $"/requests/edit/{Draft}", $"/requests/{Sent}", $"/requests/{Sent}/replies/new",
        $"/requests/{Sent}/replies/{Reply}/classify", $"/questions/{Question}/workflow", $"/batches/{Batch}",
        $"/requests/{Sent}?handler=Dossier", $"/requests/{Sent}?handler=Attachment&attachmentId={Attachment}",
        $"/requests/{Draft}?handler=PreviewHtml", $"/batches/{Batch}?handler=Csv", $"/batches/{Batch}?handler=Dossier",
    ];

    /// <summary>Values for an id field of a form, by what its name says it identifies.</summary>
    public string? IdFor(string field)
    {
        var name = field.ToLowerInvariant();
        return name switch
        {
            _ when name.Contains("question", StringComparison.Ordinal) => Question.ToString(CultureInfo.InvariantCulture),
            _ when name.Contains("attachment", StringComparison.Ordinal) => Attachment.ToString(CultureInfo.InvariantCulture),
            _ when name.Contains("reply", StringComparison.Ordinal) => Reply.ToString(CultureInfo.InvariantCulture),
            _ when name.Contains("batch", StringComparison.Ordinal) => Batch.ToString(CultureInfo.InvariantCulture),
            _ when name.Contains("request", StringComparison.Ordinal) || name == "id" => Sent.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>The form's own address with this advocate's record in place of the one it was for.</summary>
    public string? Route(string path)
    {
        var parts = path.Split('/');
        if (parts.Length >= 3 && int.TryParse(parts[2], out _))
        {
            var swapped = parts[1] switch
            {
                "requests" => Sent.ToString(CultureInfo.InvariantCulture),
                "batches" => Batch.ToString(CultureInfo.InvariantCulture),
                "questions" => Question.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (swapped is not null)
            {
                parts[2] = swapped;
                return string.Join('/', parts);
            }
        }

        return null;
    }
}
