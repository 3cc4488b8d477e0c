using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>A reply that came by post, fax, hand or portal: recorded with its scans, filed like an emailed reply.</summary>
public abstract class RecordReplyApiTests(ApiApp app)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Fact]
    public async Task A_postal_reply_with_its_scan_is_filed_on_every_question_once_however_often_it_is_submitted()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, questions) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        var key = Guid.NewGuid().ToString();
        var today = Today();

        using var first = await advocate.PostAsync($"/api/requests/{id}/replies", Form(key, today, ("scan.PDF", Pdf)));
        using var again = await advocate.PostAsync($"/api/requests/{id}/replies", Form(key, today, ("scan.PDF", Pdf)));

        var recorded = await first.Json(HttpStatusCode.OK);
        Assert.Equal("post", recorded.GetProperty("channel").GetString());
        Assert.Equal(today, recorded.GetProperty("receivedOn").GetString());
        Assert.Equal(1, recorded.GetProperty("attachments").GetInt32());
        Assert.False(recorded.GetProperty("alreadyRecorded").GetBoolean());
        var repeated = await again.Json(HttpStatusCode.OK);
        Assert.True(repeated.GetProperty("alreadyRecorded").GetBoolean());
        Assert.Equal(recorded.GetProperty("id").GetInt64(), repeated.GetProperty("id").GetInt64());

        var received = (await Correspondence(advocate, id)).Where(m => m.GetProperty("direction").GetString() == "received").ToList();
        var letter = Assert.Single(received);
        Assert.Equal("post", letter.GetProperty("channel").GetString());
        Assert.Equal(today, letter.GetProperty("receivedOn").GetString());
        Assert.Equal("AdvocateA", letter.GetProperty("recordedBy").GetString());
        Assert.Equal("Letter ref. 12/345", letter.GetProperty("subject").GetString());
        var attachment = Assert.Single(letter.GetProperty("attachments").EnumerateArray());
        Assert.Equal("attachment-1.pdf", attachment.GetProperty("name").GetString());
        Assert.Equal("scan.PDF", attachment.GetProperty("originalName").GetString());
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        var bytes = await advocate.GetByteArrayAsync($"/api/requests/{id}/attachments/{attachment.GetProperty("id").GetInt64()}");
        Assert.Equal(Pdf, bytes);
        using var eml = await advocate.GetAsync($"/api/requests/{id}/correspondence/received/{letter.GetProperty("id").GetInt64()}.eml");
        Assert.Equal(HttpStatusCode.NotFound, eml.StatusCode); // a letter has no email to download

        foreach (var question in questions)
        {
            using var read = await advocate.GetAsync($"/api/questions/{question}");
            Assert.Equal("reply-received", (await read.Json(HttpStatusCode.OK)).GetProperty("state").GetString());
            using var journal = await advocate.GetAsync($"/api/questions/{question}/journal");
            var replied = Assert.Single((await journal.Json(HttpStatusCode.OK)).EnumerateArray(), e => e.GetProperty("event").GetString() == "authority-replied");
            Assert.Equal("AdvocateA", replied.GetProperty("by").GetString());
            Assert.Contains($"received by post on {today}", replied.GetProperty("note").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_bad_field_is_named_and_nothing_is_recorded()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, _) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var beforeSent = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var email = await advocate.PostAsync($"/api/requests/{id}/replies", Form(null, Today(), [], channel: "email"));
        using var later = await advocate.PostAsync($"/api/requests/{id}/replies", Form(null, future, ("scan.pdf", Pdf)));
        using var earlier = await advocate.PostAsync($"/api/requests/{id}/replies", Form(null, beforeSent, ("scan.pdf", Pdf)));
        using var empty = await advocate.PostAsync($"/api/requests/{id}/replies", Form(null, Today(), [], text: ""));
        using var disguised = await advocate.PostAsync($"/api/requests/{id}/replies", Form(null, Today(), ("scan.pdf", Png), ("page.exe", Pdf)));
        using var many = await advocate.PostAsync($"/api/requests/{id}/replies", Form(null, Today(), [.. Enumerable.Range(1, 11).Select(i => ($"p{i}.pdf", Pdf))]));
        using var badKey = await advocate.PostAsync($"/api/requests/{id}/replies", Form("not-a-guid", Today(), ("scan.pdf", Pdf)));

        await email.Problem(HttpStatusCode.BadRequest, "channel");
        await later.Problem(HttpStatusCode.BadRequest, "receivedOn");
        await earlier.Problem(HttpStatusCode.BadRequest, "receivedOn");
        await empty.Problem(HttpStatusCode.BadRequest, "text");
        var types = await disguised.Problem(HttpStatusCode.BadRequest, "files");
        Assert.Equal(2, types.GetProperty("errors").GetProperty("files").GetArrayLength());
        await many.Problem(HttpStatusCode.BadRequest, "files");
        await badKey.Problem(HttpStatusCode.BadRequest, "key");
        Assert.DoesNotContain(await Correspondence(advocate, id), m => m.GetProperty("direction").GetString() == "received");
    }

    [Fact]
    public async Task Only_the_requests_owner_or_a_manager_records_and_never_on_a_draft()
    {
        var (request, _) = await TestData.SendRequest(app.Client(TestUser.Manager), app.Client(TestUser.AdvocateA));
        var id = request.GetProperty("id").GetInt32();
        var draft = (await TestData.CreateRequest(app.Client(TestUser.AdvocateA), request.GetProperty("authorityId").GetInt32())).GetProperty("id").GetInt32();

        using var stranger = await app.Client(TestUser.AdvocateB).PostAsync($"/api/requests/{id}/replies", Form(null, Today(), ("scan.pdf", Pdf)));
        using var onDraft = await app.Client(TestUser.AdvocateA).PostAsync($"/api/requests/{draft}/replies", Form(null, Today(), ("scan.pdf", Pdf)));
        using var manager = await app.Client(TestUser.Manager).PostAsync($"/api/requests/{id}/replies", Form(null, Today(), [], channel: "fax", text: "Faxed: the documents follow by post."));

        await stranger.Problem(HttpStatusCode.NotFound);
        await onDraft.Problem(HttpStatusCode.Conflict);
        Assert.Equal("fax", (await manager.Json(HttpStatusCode.OK)).GetProperty("channel").GetString());
    }

    /// <summary>Bodies that are not a readable form, each as a client or a proxy might send it; the expected status and a word of the answer.</summary>
    public static TheoryData<string, int, string> Unreadable => new()
    {
        { "no body", 415, "Content-Type was missing" },
        { "json", 415, "application/json" },
        { "no boundary", 400, "boundary" },
        { "empty boundary", 400, "boundary" },
        { "another boundary", 400, "boundary" },
        { "cut short", 400, "cut short" },
        { "5,000 fields", 400, "count limit" },
        { "a header line of 20,000 characters", 400, "limit" },
        { "CR/LF in a file name", 400, "form" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task A_body_that_is_not_a_readable_form_is_refused_saying_why_and_nothing_is_recorded(string body, int status, string says)
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, _) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();

        using var response = await advocate.PostAsync($"/api/requests/{id}/replies", Malformed(body, Today()));

        var problem = await response.Problem((HttpStatusCode)status);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.True(detail.Contains(says, StringComparison.OrdinalIgnoreCase), $"'{says}' not in: {detail}");
        Assert.DoesNotContain(await Correspondence(advocate, id), m => m.GetProperty("direction").GetString() == "received");
    }

    [Fact]
    public async Task The_reply_page_answers_an_unreadable_body_with_its_error_page_and_a_repeated_field_next_to_the_field()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, _) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        using var browser = await PageForms.SignIn(app.Host, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password);

        foreach (var kind in Unreadable.Select(row => (string)row[0]))
        {
            using var response = await browser.PostAsync($"/requests/{id}/replies/new", Malformed(kind, Today()));
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind}: {(int)response.StatusCode} {html}");
            Assert.Contains("The form could not be read", html, StringComparison.Ordinal);
        }

        using var page = await browser.GetAsync($"/requests/{id}/replies/new");
        var form = Fields(("__RequestVerificationToken", PageForms.Token(await page.Content.ReadAsStringAsync())), ("Form.Channel", "post"), ("Form.Channel", "fax"),
            ("Form.ReceivedOn", Today()), ("Form.Text", "Two channels."), ("Form.Key", Guid.NewGuid().ToString()));
        using var twice = await browser.PostAsync($"/requests/{id}/replies/new", form);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode); // the form again, with the message next to the field
        Assert.Contains("sent 2 times", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await Correspondence(advocate, id), m => m.GetProperty("direction").GetString() == "received");
    }

    [Fact]
    public async Task A_recorded_reply_keeps_the_field_rules_of_every_other_text()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, _) = await TestData.SendRequest(app.Client(TestUser.Manager), advocate);
        var id = request.GetProperty("id").GetInt32();
        var today = Today();

        using var nul = await advocate.PostAsync($"/api/requests/{id}/replies", Fields(("channel", "post"), ("receivedOn", today), ("subject", "Ref\0 1"), ("fromName", "Clerk\0"), ("text", "Text\0")));
        using var lines = await advocate.PostAsync($"/api/requests/{id}/replies", Fields(("channel", "post"), ("receivedOn", today), ("subject", "Ref 1\r\nBcc: x@example.org"), ("fromName", "A\nB"), ("text", "Two\r\nlines are fine here.")));
        using var twice = await advocate.PostAsync($"/api/requests/{id}/replies", Fields(("channel", "post"), ("channel", "fax"), ("receivedOn", today), ("text", "Two channels.")));
        using var listed = await advocate.PostAsync($"/api/requests/{id}/replies", Fields(("channel", "post,fax"), ("receivedOn", today), ("text", "Two channels in one.")));
        using var nulDay = await advocate.PostAsync($"/api/requests/{id}/replies", Fields(("channel", "post"), ("receivedOn", today + "\0"), ("text", "A day and a NUL.")));
        using var fileName = await advocate.PostAsync($"/api/requests/{id}/replies", FileNamed("scan\r\n.pdf", today));
        using var nulFileName = await advocate.PostAsync($"/api/requests/{id}/replies", FileNamed("scan\0.pdf", today));

        await nul.Problem(HttpStatusCode.BadRequest, "subject", "fromName", "text");
        var refused = await lines.Problem(HttpStatusCode.BadRequest, "subject", "fromName");
        Assert.False(refused.GetProperty("errors").TryGetProperty("text", out _)); // the text is many lines
        await twice.Problem(HttpStatusCode.BadRequest, "channel");
        await listed.Problem(HttpStatusCode.BadRequest, "channel");
        await nulDay.Problem(HttpStatusCode.BadRequest, "receivedOn");
        await fileName.Problem(HttpStatusCode.BadRequest, "files");
        await nulFileName.Problem(HttpStatusCode.BadRequest, "files");
        Assert.DoesNotContain(await Correspondence(advocate, id), m => m.GetProperty("direction").GetString() == "received");
    }

    /// <summary>Today where the test authority is (Moscow), as the handler counts it.</summary>
    private static string Today() =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static MultipartFormDataContent Form(string? key, string receivedOn, params (string Name, byte[] Content)[] files) =>
        Form(key, receivedOn, files, "post", "We enclose the documents requested.");

    private static MultipartFormDataContent Form(string? key, string receivedOn, (string Name, byte[] Content)[] files, string channel = "post", string text = "We enclose the documents requested.")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(channel), "channel" },
            { new StringContent(receivedOn), "receivedOn" },
            { new StringContent("Letter ref. 12/345"), "subject" },
            { new StringContent(text), "text" },
        };
        if (key is not null)
        {
            form.Add(new StringContent(key), "key");
        }

        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return form;
    }

    /// <summary>A form of text fields only, exactly as given (a field may repeat), sent as multipart.</summary>
    private static MultipartFormDataContent Fields(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>A valid form with one PDF whose name is given in RFC 5987 form (filename*), so any character can travel.</summary>
    private static ByteArrayContent FileNamed(string name, string receivedOn)
    {
        const string Boundary = "rt-test-boundary";
        var body = $"{Part(Boundary, "channel", "post")}{Part(Boundary, "receivedOn", receivedOn)}--{Boundary}\r\n"
            + $"Content-Disposition: form-data; name=\"files\"; filename*=UTF-8''{Uri.EscapeDataString(name)}\r\nContent-Type: application/pdf\r\n\r\n"
            + $"{System.Text.Encoding.ASCII.GetString(Pdf)}\r\n--{Boundary}--\r\n";
        return Raw($"multipart/form-data; boundary={Boundary}", body);
    }

    private static ByteArrayContent? Malformed(string kind, string receivedOn)
    {
        const string Boundary = "rt-test-boundary";
        var valid = $"{Part(Boundary, "channel", "post")}{Part(Boundary, "receivedOn", receivedOn)}{Part(Boundary, "text", "We enclose the documents.")}--{Boundary}--\r\n";
        var multipart = $"multipart/form-data; boundary={Boundary}";
        return kind switch
        {
            "no body" => null,
            "json" => Raw("application/json", """{"channel":"post","text":"x"}"""),
            "no boundary" => Raw("multipart/form-data", valid),
            "empty boundary" => Raw("multipart/form-data; boundary=", valid),
            "another boundary" => Raw("multipart/form-data; boundary=not-the-one-used", valid),
            "cut short" => Raw(multipart, valid[..(valid.IndexOf("We enclose", StringComparison.Ordinal) + 5)]),
            "5,000 fields" => Raw(multipart, string.Concat(Enumerable.Range(0, 5_000).Select(i => Part(Boundary, $"f{i}", "x"))) + valid),
            "a header line of 20,000 characters" => Raw(multipart, $"--{Boundary}\r\nX-Long: {new string('x', 20_000)}\r\n" + valid[(Boundary.Length + 4)..]),
            "CR/LF in a file name" => Raw(multipart, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"scan\r\n.pdf\"\r\n\r\n%PDF-1.4\r\n" + valid),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static string Part(string boundary, string name, string value) =>
        $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n";

    /// <summary>Bytes with a Content-Type header written as is, however wrong.</summary>
    private static ByteArrayContent Raw(string contentType, string body)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static async Task<List<JsonElement>> Correspondence(HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/api/requests/{id}/correspondence");
        return (await response.Json(HttpStatusCode.OK)).EnumerateArray().ToList();
    }
}

[Collection(SqliteApi.Name)]
public sealed class SqliteRecordReplyApiTests(SqliteApiApp app) : RecordReplyApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresRecordReplyApiTests(PostgresApiApp app) : RecordReplyApiTests(app);
