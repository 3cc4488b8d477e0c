using RequestTracker.Mail;
using RequestTracker.Replies;
using RequestTracker.Runtime;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RequestTracker.Data;
using RequestTracker.IntegrationTests.Infrastructure;

namespace RequestTracker.IntegrationTests.Mail;

/// <summary>Requests sent to, and replies read from, a real SMTP/IMAP server (smtp4dev).</summary>
[Collection(MailServer.Name)]
public sealed class MailRoundTripTests(MailApp app)
{
    private HttpClient Manager => app.Client(TestUser.Manager);

    private HttpClient Advocate => app.Client(TestUser.AdvocateA);

    [Fact]
    public async Task A_sent_request_arrives_from_its_reply_address_and_its_proof_of_sending_is_kept()
    {
        var authority = await MailTestClient.Authority(Manager, contact: "foi@ministry.test");
        var request = await MailTestClient.Send(Advocate, authority, "The official text", "The vote record", "The legal justification");

        var message = await app.Mail.WaitFor(m => m.About(request.Title));

        var from = Assert.Single(message.From.Mailboxes);
        Assert.Matches($@"^requests\+r{request.Id}\.[a-z2-7]{{10}}@rt\.test$", from.Address);
        Assert.Equal(from.Address, Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Equal("foi@ministry.test", Assert.Single(message.To.Mailboxes).Address);
        Assert.Contains($"[RT-{request.Id}]", message.Subject ?? string.Empty, StringComparison.Ordinal);
        Assert.Matches(@"^rt\.\d+\.[a-z2-7]{8}@rt\.test$", message.MessageId);
        Assert.Null(message.Headers["Auto-Submitted"]);
        foreach (var text in new[] { "The official text", "The vote record", "The legal justification" })
        {
            Assert.Contains(text, message.TextBody, StringComparison.Ordinal);
            Assert.Contains(text, message.HtmlBody, StringComparison.Ordinal);
        }

        var items = await MailTestClient.Until(Advocate, request.Id, i => i.GetProperty("status").GetString() == "sent", "the request email marked sent");
        var sent = items.Single(i => i.GetProperty("direction").GetString() == "sent");
        Assert.Equal(message.MessageId, sent.GetProperty("messageId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(sent.GetProperty("serverReply").GetString()));
        Assert.Equal(JsonValueKind.String, sent.GetProperty("sentAt").ValueKind);

        using var raw = await Advocate.GetAsync($"/api/requests/{request.Id}/correspondence/sent/{sent.GetProperty("id").GetInt64()}.eml");
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("message/rfc822", raw.Content.Headers.ContentType?.MediaType);
        var stored = await MimeMessage.LoadAsync(await raw.Content.ReadAsStreamAsync());
        Assert.Equal(message.MessageId, stored.MessageId);

        foreach (var question in request.Questions)
        {
            var journal = await MailTestClient.Journal(Advocate, question);
            Assert.Contains(journal, e => e.GetProperty("event").GetString() == "email-sent" && e.GetProperty("note").GetString()!.Contains(message.MessageId!, StringComparison.Ordinal));
        }

        // Another advocate cannot read this request's mail.
        using var foreign = await app.Client(TestUser.AdvocateB).GetAsync($"/api/requests/{request.Id}/correspondence");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task A_reminder_threads_under_the_request_and_lists_only_the_unanswered_questions()
    {
        var authority = await MailTestClient.Authority(Manager, TestWorkflows.SecondsLaw, zone: "Etc/UTC");
        var request = await MailTestClient.Send(Advocate, authority, "First question", "Second question", "Third question");
        using (var answered = await Advocate.PostJson($"/api/questions/{request.Questions[0]}/actions", new { action = "answered", documentReference = "DOC-1" }))
        {
            await answered.Json(HttpStatusCode.OK);
        }

        var original = await app.Mail.WaitFor(m => m.Starts("Request for information") && m.About(request.Title));
        var reminder = await app.Mail.WaitFor(m => m.Starts("Reminder:") && m.About(request.Title));

        Assert.Equal(original.MessageId, reminder.InReplyTo);
        Assert.Contains(original.MessageId, reminder.References);
        Assert.Equal("auto-generated", reminder.Headers["Auto-Submitted"]);
        Assert.DoesNotContain("First question", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("Second question", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("Third question", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("Test regime in seconds", reminder.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_the_reply_address_is_matched_to_the_request_and_each_question()
    {
        var authority = await MailTestClient.Authority(Manager);
        var request = await MailTestClient.Send(Advocate, authority, "The official text", "The vote record");
        var original = await app.Mail.WaitFor(m => m.About(request.Title));

        var reply = Reply(original, to: original.ReplyTo.Mailboxes.Single().Address, inReplyTo: null);
        var pdf = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream("%PDF-1.4 test"u8.ToArray())),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
        };
        pdf.ContentDisposition.Parameters.Add("filename", "../../etc/official text.pdf"); // a hostile name: never used as a path
        reply.Body = new Multipart("mixed") { new TextPart("plain") { Text = "Please find the official text attached." }, pdf };
        await app.Mail.Deliver(reply);

        var items = await MailTestClient.Until(Advocate, request.Id, i => i.GetProperty("direction").GetString() == "received", "the reply in the correspondence");
        var received = items.Single(i => i.GetProperty("direction").GetString() == "received");
        Assert.Equal("token", received.GetProperty("matchedBy").GetString());
        Assert.Contains("official text attached", received.GetProperty("text").GetString(), StringComparison.Ordinal);
        var attachment = Assert.Single(received.GetProperty("attachments").EnumerateArray());
        Assert.Equal("attachment-1.pdf", attachment.GetProperty("name").GetString());
        Assert.Equal("../../etc/official text.pdf", attachment.GetProperty("originalName").GetString());
        using (var download = await Advocate.GetAsync($"/api/requests/{request.Id}/attachments/{attachment.GetProperty("id").GetInt64()}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("attachment-1.pdf", download.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal("%PDF-1.4 test", await download.Content.ReadAsStringAsync());
        }

        foreach (var question in request.Questions)
        {
            var journal = await MailTestClient.Journal(Advocate, question);
            Assert.Contains(journal, e => e.GetProperty("event").GetString() == "authority-replied" && e.GetProperty("toState").GetString() == "reply-received");
        }

        // The advocate is asked to classify the reply.
        await app.Mail.WaitFor(m => m.Starts("Reply received") && m.About(request.Title)
            && m.To.Mailboxes.Single().Address == ApiApp.Email(TestUser.AdvocateA));
    }

    [Fact]
    public async Task A_reply_from_another_address_is_matched_by_its_threading_headers()
    {
        var authority = await MailTestClient.Authority(Manager);
        var request = await MailTestClient.Send(Advocate, authority, "The vote record");
        var original = await app.Mail.WaitFor(m => m.About(request.Title));

        await app.Mail.Deliver(Reply(original, to: "press-office@rt.test", inReplyTo: original.MessageId));

        var items = await MailTestClient.Until(Advocate, request.Id, i => i.GetProperty("direction").GetString() == "received", "the reply matched by In-Reply-To");
        Assert.Equal("in-reply-to", items.Single(i => i.GetProperty("direction").GetString() == "received").GetProperty("matchedBy").GetString());
    }

    [Fact]
    public async Task A_message_without_headers_is_kept_for_review_and_the_reply_after_it_is_still_read()
    {
        var authority = await MailTestClient.Authority(Manager);
        var request = await MailTestClient.Send(Advocate, authority, "The official text");
        var original = await app.Mail.WaitFor(m => m.About(request.Title));
        var marker = Guid.NewGuid().ToString("N");

        // MIME cannot read this (its first line is not a header); once it stalled intake for good.
        await app.Mail.DeliverRaw($"this line is not a header {marker}\r\n\r\nbody");
        await app.Mail.Deliver(Reply(original, to: original.ReplyTo.Mailboxes.Single().Address, inReplyTo: null));

        var items = await MailTestClient.Until(Advocate, request.Id, i => i.GetProperty("direction").GetString() == "received", "the reply after the unreadable message");
        Assert.Equal("token", items.Single(i => i.GetProperty("direction").GetString() == "received").GetProperty("matchedBy").GetString());
        var kept = await Eventually.Get(async () =>
        {
            using var list = await Manager.GetAsync("/api/inbox/unmatched?limit=100");
            var page = await list.Json(HttpStatusCode.OK);
            return page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("text").GetString()?.Contains(marker, StringComparison.Ordinal) == true || i.GetProperty("subject").GetString() == "(unreadable message)")
                .Select(i => (JsonElement?)i).FirstOrDefault() is { } item ? new[] { item } : null;
        }, "the unreadable message in the review queue");
        Assert.Equal("(unreadable message)", kept[0].GetProperty("subject").GetString());
        Assert.Equal("Could not be processed automatically: Failed to parse message headers.", kept[0].GetProperty("notes").GetString());
    }

    [Fact]
    public async Task Empty_truncated_huge_and_deeply_nested_messages_never_stall_the_replies_behind_them()
    {
        var authority = await MailTestClient.Authority(Manager);
        var request = await MailTestClient.Send(Advocate, authority, "The official text");
        var original = await app.Mail.WaitFor(m => m.About(request.Title));
        var marker = Guid.NewGuid().ToString("N");

        await app.Mail.DeliverRaw(string.Empty);
        await app.Mail.DeliverRaw(
            $"From: registry@ministry.test\r\nSubject: Truncated {marker}\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: multipart/mixed; boundary=\"cut\"\r\n\r\n--cut\r\nContent-Type: application/pdf\r\n" +
            "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJcfs");
        var huge = new MimeMessage { Subject = $"Huge {marker}" };
        huge.From.Add(new MailboxAddress("Registry", "registry@ministry.test"));
        huge.To.Add(new MailboxAddress("Requests", "requests@rt.test"));
        var hugeBody = new BodyBuilder { TextBody = "The scans are attached." };
        hugeBody.Attachments.Add("scans.bin", new byte[25 * 1024 * 1024]);
        huge.Body = hugeBody.ToMessageBody();
        await app.Mail.Deliver(huge);
        var nested = new MimeMessage { Subject = $"Nested {marker}" };
        nested.From.Add(new MailboxAddress("Registry", "registry@ministry.test"));
        nested.To.Add(new MailboxAddress("Requests", "requests@rt.test"));
        MimeEntity body = new TextPart("plain") { Text = "At the bottom." };
        for (var depth = 0; depth < 2000; depth++)
        {
            body = new Multipart("mixed") { body };
        }

        nested.Body = body;
        await app.Mail.Deliver(nested);
        await app.Mail.Deliver(Reply(original, to: original.ReplyTo.Mailboxes.Single().Address, inReplyTo: null));

        var items = await MailTestClient.Until(Advocate, request.Id, i => i.GetProperty("direction").GetString() == "received", "the reply after the bad messages");
        Assert.Equal("token", items.Single(i => i.GetProperty("direction").GetString() == "received").GetProperty("matchedBy").GetString());
        foreach (var subject in new[] { $"Truncated {marker}", $"Huge {marker}", $"Nested {marker}" })
        {
            await Eventually.True(
                async () =>
                {
                    using var list = await Manager.GetAsync("/api/inbox/unmatched?limit=100");
                    return (await list.Json(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Any(i => i.GetProperty("subject").GetString() == subject);
                },
                $"'{subject}' in the review queue");
        }
    }

    [Fact]
    public async Task Mail_that_matches_nothing_waits_for_a_manager_who_files_it_under_a_request()
    {
        var authority = await MailTestClient.Authority(Manager);
        var request = await MailTestClient.Send(Advocate, authority, "The official text");
        var original = await app.Mail.WaitFor(m => m.About(request.Title));

        // A forged token (right request number, wrong signature) must not match.
        var forged = original.ReplyTo.Mailboxes.Single().Address.Split('@')[0][..^10] + "aaaaaaaaaa@rt.test";
        var stray = new MimeMessage { Subject = $"About our earlier letter {Guid.NewGuid():N}", Body = new TextPart("plain") { Text = "Which request is this?" } };
        stray.From.Add(new MailboxAddress("Registry", "registry@ministry.test"));
        stray.To.Add(MailboxAddress.Parse(forged));
        await app.Mail.Deliver(stray);

        var unmatched = await Eventually.Get(async () =>
        {
            using var list = await Manager.GetAsync("/api/inbox/unmatched?limit=100");
            var page = await list.Json(HttpStatusCode.OK);
            return page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("subject").GetString() == stray.Subject).Select(i => (JsonElement?)i).FirstOrDefault() is { } item ? new[] { item } : null;
        }, "the stray email in the unmatched queue");
        var id = unmatched[0].GetProperty("id").GetInt64();

        using (var forbidden = await Advocate.GetAsync("/api/inbox/unmatched"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using (var invalid = await Manager.PostJson($"/api/inbox/{id}/assign", new { requestId = 0 }))
        {
            await invalid.Problem(HttpStatusCode.BadRequest, "requestId");
        }

        using (var assigned = await Manager.PostJson($"/api/inbox/{id}/assign", new { requestId = request.Id }))
        {
            await assigned.Json(HttpStatusCode.OK);
        }

        using (var again = await Manager.PostJson($"/api/inbox/{id}/assign", new { requestId = request.Id }))
        {
            await again.Problem(HttpStatusCode.Conflict);
        }

        var items = await MailTestClient.Correspondence(Advocate, request.Id);
        Assert.Contains(items, i => i.GetProperty("direction").GetString() == "received" && i.GetProperty("matchedBy").GetString() == "manager");
        var journal = await MailTestClient.Journal(Advocate, request.Questions[0]);
        Assert.Contains(journal, e => e.GetProperty("event").GetString() == "authority-replied");
    }

    [Fact]
    public async Task A_rejected_recipient_fails_its_email_while_the_others_are_delivered_and_a_manager_can_retry_it()
    {
        var rejecting = await MailTestClient.Authority(Manager, contact: "reject-foi@ministry.test");
        var accepting = await MailTestClient.Authority(Manager, contact: "open-foi@ministry.test");
        var refused = await MailTestClient.Send(Advocate, rejecting, "The official text");
        var delivered = await MailTestClient.Send(Advocate, accepting, "The official text");

        await app.Mail.WaitFor(m => m.About(delivered.Title));
        var items = await MailTestClient.Until(Advocate, refused.Id, i => i.GetProperty("status").GetString() == "failed", "the rejected email marked failed");
        var failed = items.Single(i => i.GetProperty("direction").GetString() == "sent");
        Assert.StartsWith("5", failed.GetProperty("serverReply").GetString(), StringComparison.Ordinal);
        var journal = await MailTestClient.Journal(Advocate, refused.Questions[0]);
        Assert.Contains(journal, e => e.GetProperty("event").GetString() == "email-failed");

        using (var list = await Manager.GetAsync("/api/outbox?status=failed&limit=100"))
        {
            var page = await list.Json(HttpStatusCode.OK);
            Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("requestId").GetInt32() == refused.Id);
        }

        var outboxId = failed.GetProperty("id").GetInt64();
        using (var retried = await Manager.PostJson($"/api/outbox/{outboxId}/retry", new { to = "foi-desk@ministry.test" }))
        {
            Assert.Equal("queued", (await retried.Json(HttpStatusCode.OK)).GetProperty("status").GetString());
        }

        var resent = await app.Mail.WaitFor(m => m.About(refused.Title));
        Assert.Equal("foi-desk@ministry.test", resent.To.Mailboxes.Single().Address);
        Assert.Equal(failed.GetProperty("messageId").GetString(), resent.MessageId);

        using (var notFailed = await Manager.PostJson($"/api/outbox/{outboxId}/retry", new { }))
        {
            // Queued or already sent again: either way not failed, so not retried a second time.
            var problem = await notFailed.Problem(HttpStatusCode.Conflict);
            Assert.StartsWith("Only a failed email can be retried", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await Eventually.True(async () => (await MailTestClient.Correspondence(Advocate, refused.Id)).Any(i => i.GetProperty("status").GetString() == "sent"), "the retried email sent");
        using var conflict = await Manager.PostJson($"/api/outbox/{outboxId}/retry", new { });
        await conflict.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_delivery_failure_report_marks_the_email_it_reports_on_as_failed()
    {
        var authority = await MailTestClient.Authority(Manager, contact: "gone@ministry.test");
        var request = await MailTestClient.Send(Advocate, authority, "The official text");
        var original = await app.Mail.WaitFor(m => m.About(request.Title));
        await MailTestClient.Until(Advocate, request.Id, i => i.GetProperty("status").GetString() == "sent", "the email sent");

        await app.Mail.Deliver(Bounce(original));

        var items = await MailTestClient.Until(Advocate, request.Id, i => i.GetProperty("direction").GetString() == "sent" && i.GetProperty("status").GetString() == "failed", "the bounced email marked failed");
        var failed = items.Single(i => i.GetProperty("direction").GetString() == "sent");
        Assert.Contains("5.1.1", failed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        var journal = await MailTestClient.Journal(Advocate, request.Questions[0]);
        Assert.Contains(journal, e => e.GetProperty("event").GetString() == "email-bounced");
    }

    [Fact]
    public async Task Reading_the_mailbox_again_after_a_UIDVALIDITY_change_stores_no_message_twice()
    {
        var authority = await MailTestClient.Authority(Manager);
        var request = await MailTestClient.Send(Advocate, authority, "The official text");
        var original = await app.Mail.WaitFor(m => m.About(request.Title));
        await app.Mail.Deliver(Reply(original, to: original.ReplyTo.Mailboxes.Single().Address, inReplyTo: null));
        await MailTestClient.Until(Advocate, request.Id, i => i.GetProperty("direction").GetString() == "received", "the reply taken in");

        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = await db.Inbox.CountAsync();
        var journal = await db.Journal.CountAsync(j => j.Event == "authority-replied");
        var cursor = await db.MailboxCursors.AsNoTracking().SingleAsync();

        // As if the server had renumbered the folder: the cursor no longer applies and everything is read again.
        await db.MailboxCursors.ExecuteUpdateAsync(s => s.SetProperty(c => c.UidValidity, cursor.UidValidity + 1).SetProperty(c => c.LastUid, 0));
        await Eventually.True(
            async () => await db.MailboxCursors.AsNoTracking().AnyAsync(c => c.UidValidity == cursor.UidValidity && c.LastUid >= cursor.LastUid),
            "the folder read again from the start",
            // The folder is shared by every test of the mail collection (hundreds of messages by now), each
            // fetched and committed again one by one: on a slow machine that takes far longer than one reply.
            timeout: TimeSpan.FromMinutes(3));

        Assert.Equal(before, await db.Inbox.CountAsync());
        Assert.Equal(journal, await db.Journal.CountAsync(j => j.Event == "authority-replied"));
    }

    [Fact]
    public async Task Managers_get_one_digest_a_day_with_the_figures_that_need_them()
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<RequestTracker.Overview.Digest.DigestScheduler>();
        await scheduler.QueueDue(CancellationToken.None); // the worker may have queued it already at start-up
        Assert.Equal(0, await scheduler.QueueDue(CancellationToken.None));

        var digest = await app.Mail.WaitFor(m => m.Starts("RequestTracker digest") && m.To.Mailboxes.Single().Address == ApiApp.Email(TestUser.Manager));

        Assert.Equal("auto-generated", digest.Headers["Auto-Submitted"]);
        Assert.Contains("Overdue questions (time run out, escalated ones included):", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Replies waiting to be matched:", digest.TextBody, StringComparison.Ordinal);
        Assert.Single(await app.Mail.Messages(), m => m.MessageId == digest.MessageId);
    }

    [Fact]
    public async Task The_digest_gives_one_line_per_request_and_state_with_its_questions_numbers()
    {
        var authority = await MailTestClient.Authority(Manager, TestWorkflows.SecondsLaw);
        var request = await MailTestClient.Send(Advocate, authority, "The vote record", "The legal justification");
        // The seconds-scale regime: both questions are overdue within moments, on the same last day.
        await Eventually.True(async () =>
        {
            await using var probe = app.Host.Services.CreateAsyncScope();
            var db = probe.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = DateTime.UtcNow;
            return await db.Workflows.CountAsync(w => w.RequestId == request.Id && w.DueAt < now) == 2;
        }, "both questions overdue");

        await using var scope = app.Host.Services.CreateAsyncScope();
        var composer = scope.ServiceProvider.GetServices<IStandaloneMail>().OfType<RequestTracker.Overview.Digest.DigestComposer>().Single();
        var digest = await composer.Render(new OutboxMessage { Template = "manager-digest", Language = "en", RecipientName = "Manager", RecipientAddress = "manager@test.example.org" }, CancellationToken.None);

        // Both in one line as a rule; in two only if a timer moved one on between the reads, each naming its question.
        var lines = digest.Text.Split('\n').Where(l => l.StartsWith($"RT-{request.Id} ", StringComparison.Ordinal)).ToList();
        Assert.Equal(lines.Count, lines.Distinct().Count());
        var named = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"\), questions? ([\d, ]+): ").Groups[1].Value).ToList();
        Assert.Equal(["1", "2"], named.SelectMany(n => n.Split(", ")).Order());
        Assert.True(lines.Count == 2 || named.Single() == "1, 2", digest.Text);
    }

    private static MimeMessage Reply(MimeMessage original, string to, string? inReplyTo)
    {
        var reply = new MimeMessage { Subject = "Re: " + original.Subject, Body = new TextPart("plain") { Text = "We have received your request." } };
        reply.From.Add(new MailboxAddress("FOI Desk", "foi@ministry.test"));
        reply.To.Add(MailboxAddress.Parse(to));
        if (inReplyTo is not null)
        {
            reply.InReplyTo = inReplyTo;
            reply.References.Add(inReplyTo);
        }

        return reply;
    }

    /// <summary>A delivery status notification (RFC 3464) as a receiving server would send it back.</summary>
    private static MimeMessage Bounce(MimeMessage original)
    {
        var status = new MessageDeliveryStatus();
        status.StatusGroups.Add(new HeaderList { { "Reporting-MTA", "dns; mx.ministry.test" } });
        status.StatusGroups.Add(new HeaderList
        {
            { "Final-Recipient", "rfc822; gone@ministry.test" },
            { "Action", "failed" },
            { "Status", "5.1.1" },
            { "Diagnostic-Code", "smtp; 550 5.1.1 mailbox unavailable" },
        });
        var headers = new MimePart("text", "rfc822-headers") { Content = new MimeContent(new MemoryStream(System.Text.Encoding.ASCII.GetBytes($"Message-Id: <{original.MessageId}>\r\nSubject: x\r\n\r\n"))) };
        var report = new MultipartReport("delivery-status") { new TextPart("plain") { Text = "Delivery failed." }, status, headers };
        var bounce = new MimeMessage { Subject = "Undelivered Mail Returned to Sender", Body = report };
        bounce.From.Add(new MailboxAddress("Mail Delivery System", "MAILER-DAEMON@mx.ministry.test"));
        bounce.To.Add(new MailboxAddress(null, "requests@rt.test"));
        return bounce;
    }
}
