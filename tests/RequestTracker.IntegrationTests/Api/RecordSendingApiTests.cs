using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RequestTracker.Data;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Requests;
using RequestTracker.Runtime;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// A request the advocate sent themselves, recorded afterwards with its proof: its time runs from the day the authority
/// received it (Canada's ATIA s.7: 30 days after receipt), nothing is emailed, the proof is kept and downloadable, a ladder
/// letter whose day passed before the recording waits for review, and a wrong recording changes nothing.
/// </summary>
public abstract class RecordSendingApiTests(ApiApp app)
{
    private const string Zone = "America/Toronto";

    private static readonly byte[] Scan = [.. "%PDF-1.4\n% posted letter and its receipt\n"u8];

    [Fact]
    public async Task A_posted_request_counts_from_the_day_it_was_delivered_sends_nothing_and_keeps_its_proof()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, email) = await Draft();
        var sent = Today().AddDays(-9);
        var delivered = Today().AddDays(-5);

        using var response = await advocate.PostAsync($"/api/requests/{request}/sent", Form("post", Iso(sent), Iso(delivered), ("letter.pdf", Scan)));

        var body = await response.Json(HttpStatusCode.OK);
        Assert.Equal("sent", body.GetProperty("status").GetString());
        var by = body.GetProperty("sentBy");
        Assert.Equal(("post", Iso(sent), Iso(delivered), "letter.pdf"),
            (by.GetProperty("channel").GetString(), by.GetProperty("sentOn").GetString(), by.GetProperty("receivedOn").GetString(), by.GetProperty("proofName").GetString()));
        foreach (var question in body.GetProperty("questions").EnumerateArray())
        {
            var read = await ApiReads.Question(advocate, question.GetProperty("id").GetInt32());
            // 30 days from delivery (a last day off rolled on by a few days at most), not from posting four days earlier.
            var due = DateOnly.Parse(read.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);
            Assert.InRange(due.DayNumber - delivered.DayNumber, 30, 34);
            var started = Assert.Single(await ApiReads.Journal(advocate, question.GetProperty("id").GetInt32()), e => e.GetProperty("event").GetString() == "started");
            Assert.StartsWith($"Posted by the advocate on {Words(sent)}, delivered {Words(delivered)}; recorded here afterwards with its proof (letter.pdf)", started.GetProperty("note").GetString(), StringComparison.Ordinal);
        }

        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Outbox.AnyAsync(o => o.RequestId == request && o.RecipientAddress == email)); // it went by post: nothing is emailed
        using var proof = await advocate.GetAsync($"/api/requests/{request}/sent/proof");
        Assert.Equal(HttpStatusCode.OK, proof.StatusCode);
        Assert.Equal(Scan, await proof.Content.ReadAsByteArrayAsync());
        Assert.Equal("letter.pdf", proof.Content.Headers.ContentDisposition?.FileName);
        using var other = await app.Client(TestUser.AdvocateB).GetAsync($"/api/requests/{request}/sent/proof");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode); // another advocate's evidence is not theirs to read
    }

    [Fact]
    public async Task An_email_sent_from_the_advocates_mailbox_takes_its_day_from_the_eml_and_a_typed_day_that_disagrees_is_refused()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, email) = await Draft();
        var date = DateTimeOffset.UtcNow.AddDays(-3);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(date, TimeZoneInfo.FindSystemTimeZoneById(Zone)).DateTime);
        var eml = Eml(email, date);

        using var wrong = await advocate.PostAsync($"/api/requests/{request}/sent", Form("email", Iso(day.AddDays(-1)), null, ("sent.eml", eml)));
        var problem = await wrong.Json(HttpStatusCode.BadRequest);
        Assert.Contains($"The email's Date says it was sent on {Iso(day)}", problem.GetProperty("errors").GetProperty("sentOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("draft", (await ApiReads.Request(advocate, request)).GetProperty("status").GetString());

        using var right = await advocate.PostAsync($"/api/requests/{request}/sent", Form("email", null, null, ("sent.eml", eml)));
        var by = (await right.Json(HttpStatusCode.OK)).GetProperty("sentBy");
        Assert.Equal(("email", Iso(day), Iso(day)), (by.GetProperty("channel").GetString(), by.GetProperty("sentOn").GetString(), by.GetProperty("receivedOn").GetString()));
        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Sendings.AsNoTracking().SingleAsync(s => s.RequestId == request);
        Assert.Equal("sent-from-home@advocate.example.org", stored.MessageId);
        var started = await db.Workflows.AsNoTracking().Where(w => w.RequestId == request).Select(w => w.StartedAt).FirstAsync();
        Assert.Equal(date.UtcDateTime, started, TimeSpan.FromSeconds(1)); // the email's own moment, not the start of its day
    }

    [Fact]
    public async Task A_request_recorded_after_its_last_day_drafts_the_reminder_for_review_instead_of_sending_it()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, email) = await Draft();

        using var response = await advocate.PostAsync($"/api/requests/{request}/sent", Form("post", Iso(Today().AddDays(-80)), Iso(Today().AddDays(-78)), ("letter.pdf", Scan)));
        await response.Json(HttpStatusCode.OK);

        // The timer worker catches the questions up: the reminder's day is long past, and the authority may have answered by post.
        await Eventually.True(async () =>
        {
            await using var scope = app.Host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Letters.AnyAsync(l => l.RequestId == request && l.StepId == "reminder");
        }, "the reminder drafted for review");
        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Outbox.AnyAsync(o => o.RequestId == request && o.RecipientAddress == email));
        var notes = await db.Journal.AsNoTracking().Where(j => j.RequestId == request).Select(j => j.Note).ToListAsync();
        Assert.Contains(notes, n => n.Contains("its day came before the request was recorded here", StringComparison.Ordinal));

        // Opened for review, the reminder asks for an answer within its own ten days from now: not by a day long gone, and
        // not by the end of the commissioner's window, the rung the question has caught up to since.
        var reminder = await db.Letters.AsNoTracking().Where(l => l.RequestId == request && l.StepId == "reminder").Select(l => l.Id).SingleAsync();
        using var opened = await advocate.GetAsync($"/api/requests/{request}/letters/{reminder}");
        var text = (await opened.Json(HttpStatusCode.OK)).GetProperty("text").GetString()!;
        var asked = System.Text.RegularExpressions.Regex.Match(text, @"I ask you to answer by the end of \w+ (\d+ \w+ \d{4})");
        Assert.True(asked.Success, text);
        var by = DateOnly.ParseExact(asked.Groups[1].Value, "d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        // Ten calendar days, the last moved past a weekend or holiday where the law says so.
        Assert.InRange(by, Today().AddDays(10), Today().AddDays(14));
    }

    [Fact]
    public async Task A_wrong_recording_is_refused_on_its_field_and_changes_nothing()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, _) = await Draft();
        var today = Today();
        var cases = new (MultipartFormDataContent Form, string Field)[]
        {
            (Form("post", Iso(today.AddDays(-3)), Iso(today.AddDays(-1))), "proof"),
            (Form("post", Iso(today.AddDays(-3)), null, ("letter.pdf", Scan)), "receivedOn"),
            (Form("post", Iso(today.AddDays(-3)), Iso(today.AddDays(-4)), ("letter.pdf", Scan)), "receivedOn"),
            (Form("hand", Iso(today.AddDays(2)), null, ("letter.pdf", Scan)), "sentOn"),
            (Form("post", "03/12/2026", Iso(today), ("letter.pdf", Scan)), "sentOn"),
            (Form("pigeon", Iso(today), Iso(today), ("letter.pdf", Scan)), "channel"),
            (Form("post", Iso(today), Iso(today), ("letter.txt", "a note"u8.ToArray())), "proof"),
            (Form("email", null, null, ("sent.eml", "not an email at all"u8.ToArray())), "proof"),
            (Form("email", null, null, ("letter.pdf", Scan)), "proof"),
            (Form("post", Iso(today), Iso(today), ("a.pdf", Scan), ("b.pdf", Scan)), "proof"),
        };
        foreach (var (form, field) in cases)
        {
            using var response = await advocate.PostAsync($"/api/requests/{request}/sent", form);
            var problem = await response.Json(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        // Sent empty: everything missing is said at once, not one field per try.
        using (var empty = await advocate.PostAsync($"/api/requests/{request}/sent", Form("post", null, null)))
        {
            var errors = (await empty.Json(HttpStatusCode.BadRequest)).GetProperty("errors");
            Assert.Equal(["proof", "receivedOn", "sentOn"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        }

        Assert.Equal("draft", (await ApiReads.Request(advocate, request)).GetProperty("status").GetString());
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.False(await db.Sendings.AnyAsync(s => s.RequestId == request));
            Assert.False(await db.Workflows.AnyAsync(w => w.RequestId == request));
        }

        using var sent = await advocate.PostAsync($"/api/requests/{request}/send", null);
        await sent.Json(HttpStatusCode.OK);
        using var again = await advocate.PostAsync($"/api/requests/{request}/sent", Form("post", Iso(today), Iso(today), ("letter.pdf", Scan)));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // only a draft: one that went from here has its own proof
    }

    [Fact]
    public async Task Two_recordings_at_once_record_it_once()
    {
        var advocate = app.Client(TestUser.AdvocateA);
        var (request, _) = await Draft();
        var day = Iso(Today().AddDays(-2));

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => advocate.PostAsync($"/api/requests/{request}/sent", Form("hand", day, null, ("stamped.pdf", Scan)))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Sendings.CountAsync(s => s.RequestId == request));
        var questions = (await ApiReads.Request(advocate, request)).GetProperty("questions").GetArrayLength();
        Assert.Equal(questions, await db.Workflows.CountAsync(w => w.RequestId == request));
        Assert.Equal(questions, await db.Journal.CountAsync(j => j.RequestId == request && j.Event == "started"));
    }

    /// <summary>A draft to a new body under Canada's Act, in Toronto; its id and the body's address.</summary>
    private async Task<(int Request, string Email)> Draft()
    {
        var email = $"atip-{Guid.NewGuid():N}@example.ca";
        using var created = await app.Client(TestUser.Manager).PostJson("/api/authorities",
            new { name = $"Body {Guid.NewGuid():N}", jurisdiction = "Canada", contactEmail = email, timeZone = Zone, lawId = "ca-atia" });
        var authority = (await created.Json(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var draft = await TestData.CreateRequest(app.Client(TestUser.AdvocateA), authority);
        return (draft.GetProperty("id").GetInt32(), email);
    }

    private static byte[] Eml(string to, DateTimeOffset date)
    {
        var message = new MimeMessage { Subject = "Access to information request", Date = date, MessageId = "sent-from-home@advocate.example.org" };
        message.From.Add(new MailboxAddress("Advocate A", "advocate.a@advocate.example.org"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Body = new TextPart("plain") { Text = "Under the Access to Information Act I request ..." };
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    private static MultipartFormDataContent Form(string channel, string? sentOn, string? receivedOn, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(channel), "channel" } };
        if (sentOn is not null)
        {
            form.Add(new StringContent(sentOn), "sentOn");
        }

        if (receivedOn is not null)
        {
            form.Add(new StringContent(receivedOn), "receivedOn");
        }

        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "proof", name);
        }

        return form;
    }

    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(Zone)).DateTime);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Words(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}

[Collection(SqliteApi.Name)]
public sealed class SqliteRecordSendingApiTests(SqliteApiApp app) : RecordSendingApiTests(app);

[Collection(PostgresApi.Name)]
public sealed class PostgresRecordSendingApiTests(PostgresApiApp app) : RecordSendingApiTests(app);
