using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.IntegrationTests.Mail;

namespace RequestTracker.IntegrationTests.Browser;

/// <summary>
/// The whole journey in a real browser (Chromium through Playwright) against the real app, its SMTP/IMAP
/// server and the seconds-scale regime: file, preview, send, proof, reminder and escalation, reply, answers,
/// the manager's dashboard and workflow view, and another advocate locked out. Screenshots: artifacts/screenshots.
/// </summary>
[Collection(MailServer.Name)]
public sealed partial class BrowserJourneyTests(MailApp app) : IAsyncLifetime
{
    private BrowserSession _browser = null!;

    public async Task InitializeAsync() => _browser = await BrowserSession.Start();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task An_advocate_files_and_follows_a_request_and_a_manager_sees_it_all()
    {
        var authorityId = await MailTestClient.Authority(app.Client(TestUser.Manager), TestWorkflows.SecondsLaw, zone: "Etc/UTC");
        var title = $"CSTO deployment documents {Guid.NewGuid():N}"[..36];
        var manager = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.Manager), ApiApp.Password);
        await manager.GotoAsync("/dashboard");
        var (answeredBefore, refusedBefore) = (await Figure(manager, "answered"), await Figure(manager, "refused"));
        var advocate = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password);

        // File: authority (its law shown), title, basis, letter, three ready-made questions.
        await advocate.GotoAsync("/requests/edit");
        var option = advocate.Locator($"#authority option[value='{authorityId}']");
        Assert.Contains("Test regime in seconds", await option.InnerTextAsync(), StringComparison.Ordinal);
        await advocate.GetByLabel("Authority").SelectOptionAsync(authorityId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await advocate.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await advocate.GetByLabel("Legal basis").FillAsync("Right of access to information");
        await advocate.GetByLabel("Letter", new() { Exact = true }).FillAsync("I ask for the documents on the CSTO deployment listed below.");
        await advocate.EvaluateAsync("() => window.stillThisPage = true");
        foreach (var kind in new[] { "Precise text of the request", "Other", "Vote records per member", "Published legal justification" })
        {
            await advocate.GetByRole(AriaRole.Button, new() { Name = kind, Exact = true }).ClickAsync();
        }

        // Rows are added and removed in the page (no round trip), renumbered, with what was typed kept.
        await advocate.GetByLabel("Question 2: text").FillAsync("Typed, then removed.");
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Remove question 2", Exact = true }).ClickAsync();
        Assert.True(await advocate.EvaluateAsync<bool>("() => window.stillThisPage === true"));
        Assert.Equal(3, await advocate.Locator(".question-row").CountAsync());
        Assert.Equal("Vote records per member", await advocate.GetByLabel("Question 2: kind").Locator("option:checked").InnerTextAsync());
        Assert.Equal(title, await advocate.GetByLabel("Title", new() { Exact = true }).InputValueAsync());
        await BrowserSession.Screenshot(advocate, "00-filing-form");
        await advocate.GetByLabel("Question 2: text").FillAsync("The record of how each member state voted, with the date of the vote.");
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Save draft and preview the email" }).ClickAsync();
        await advocate.WaitForURLAsync(RequestUrl());
        var requestId = int.Parse(RequestUrl().Match(advocate.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(title, await advocate.GetByTestId("preview-subject").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("how each member state voted", await advocate.GetByTestId("preview-text").InnerTextAsync(), StringComparison.Ordinal);
        // The HTML version in its frame, with the email's own inline styles (the page's policy would block them).
        await advocate.GetByText("HTML version").ClickAsync();
        var html = advocate.FrameLocator("[data-testid=preview-html]").Locator("body");
        Assert.Contains("how each member state voted", await html.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("sans-serif", await html.EvaluateAsync<string>("b => getComputedStyle(b).fontFamily"), StringComparison.Ordinal);
        await BrowserSession.Screenshot(advocate, "01-draft-preview");

        // Send; the proof of sending appears once the worker has delivered it.
        await advocate.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Send to ") }).ClickAsync();
        // Sending cannot be undone: the page asks once more, and nothing is queued until the second click.
        Assert.StartsWith("Send this request to ", await advocate.GetByTestId("confirm").Locator("h2").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.Screenshot(advocate, "01b-send-confirmation");
        Assert.Equal(0, await advocate.GetByTestId("mail-sent").CountAsync());
        await advocate.GetByTestId("confirm-button").ClickAsync();
        await BrowserSession.ReloadUntil(advocate, p => p.GetByTestId("proof"), "the proof of sending");
        Assert.Contains("Accepted", await advocate.GetByTestId("proof").First.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.Screenshot(advocate, "02-sent-with-proof");

        // Time moves on (deadline 2 s, reminder 1 s later): the reminder is sent and the ladder shows it.
        await BrowserSession.ReloadUntil(advocate, p => p.GetByTestId("mail-sent").Filter(new() { HasText = "Reminder:" }), "the reminder email");
        // Each question fires its own step (one email for all, by its dedup key): wait for question 3's.
        await BrowserSession.ReloadUntil(advocate, p => p.GetByTestId("question-3").Locator(".ladder .rung.done").Filter(new() { HasText = "Reminder" }), "question 3's reminder step");
        await BrowserSession.Screenshot(advocate, "03-reminder-and-escalation");

        // The authority replies to the reply address; it is matched and shown.
        var original = await app.Mail.WaitFor(m => m.About(title) && m.Starts("Request for information"));
        var reply = new MimeMessage { Subject = "Re: " + original.Subject, Body = new TextPart("plain") { Text = "The vote record is attached; the rest is refused." } };
        reply.From.Add(new MailboxAddress("FOI Desk", "foi@ministry.test"));
        reply.To.Add(original.ReplyTo.Mailboxes.Single());
        await app.Mail.Deliver(reply);
        await BrowserSession.ReloadUntil(advocate, p => p.GetByTestId("mail-received"), "the matched reply");
        Assert.Contains("token", await advocate.GetByTestId("mail-received").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.Screenshot(advocate, "04-reply-matched");

        // A bad action keeps what was typed and says why next to the field; then question 1 answered, question 2 refused.
        var tooLong = new string('D', 600);
        await Record(advocate, 3, "answered", ("Document reference", tooLong));
        Assert.Contains("500", await advocate.GetByTestId("question-3").Locator(".field-error").AllInnerTextsAsync() is var errors ? string.Join(" ", errors) : "", StringComparison.Ordinal);
        Assert.Equal(tooLong, await advocate.GetByTestId("question-3").GetByLabel("Document reference").InputValueAsync());
        Assert.NotEqual("Answered", await advocate.GetByTestId("question-3").GetByTestId("state").InnerTextAsync());
        await Record(advocate, 1, "answered", ("Document reference", "CSTO/2022/17"));
        Assert.Equal("Recorded 'Answered (document reference)'.", await advocate.Locator(".notice").InnerTextAsync());
        // Only the fields the chosen action needs are shown: a refusal asks for the exemption, not a document.
        await advocate.GetByTestId("question-2").GetByLabel("Record what happened").SelectOptionAsync("refused");
        Assert.False(await advocate.GetByTestId("question-2").GetByLabel("Document reference").IsVisibleAsync());
        Assert.False(await advocate.GetByTestId("question-2").GetByLabel("Extension announced (in the law's units)").IsVisibleAsync());
        await Record(advocate, 2, "refused", ("Exemption cited", "Art. 7: international relations"));
        Assert.Equal("Answered", await advocate.GetByTestId("question-1").GetByTestId("state").InnerTextAsync());
        Assert.Equal("Refused", await advocate.GetByTestId("question-2").GetByTestId("state").InnerTextAsync());
        Assert.Contains("CSTO/2022/17", await advocate.GetByTestId("question-1").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.Screenshot(advocate, "05-answered-and-refused");
        var workflowLink = await advocate.GetByTestId("question-3").GetByRole(AriaRole.Link, new() { Name = "Workflow state view" }).GetAttributeAsync("href");

        // The manager: dashboard figures, each a link; the workflow state view of the still-open question.
        // The collection's other tests share the database, so the figures are compared with those read before.
        await manager.GotoAsync("/dashboard");
        Assert.Equal(answeredBefore + 1, await Figure(manager, "answered"));
        Assert.Equal(refusedBefore + 1, await Figure(manager, "refused"));
        await BrowserSession.Screenshot(manager, "06-dashboard");
        // The authority's figures: this test's authority has this request only (the reply came after the 2 s deadline).
        await manager.GotoAsync($"/authorities/{authorityId}");
        Assert.Equal(("1", "3", "2"), (await manager.GetByTestId("requests-sent").InnerTextAsync(), await manager.GetByTestId("questions-sent").InnerTextAsync(), await manager.GetByTestId("outcomes").InnerTextAsync()));
        Assert.Equal(("50% (1)", "50% (1)", "100% (2)"), (await manager.GetByTestId("answered").InnerTextAsync(), await manager.GetByTestId("refused").InnerTextAsync(), await manager.GetByTestId("late").InnerTextAsync()));
        await BrowserSession.Screenshot(manager, "06b-authority-figures");
        await manager.GotoAsync("/dashboard");
        await manager.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("ladder steps taken today") }).ClickAsync();
        // One reminder step per question of this request (seconds-scale ladder: a single rung).
        Assert.Equal(3, await manager.Locator("ol.journal li").Filter(new() { HasText = $"RT-{requestId}," }).CountAsync());
        await manager.GotoAsync(workflowLink!);
        await BrowserSession.ReloadUntil(manager, p => p.GetByTestId("current-state").Filter(new() { HasText = "Escalation exhausted" }), "the end of the ladder");
        // The drawn diagram: the current state marked, the way the question came drawn bold with its triggers.
        Assert.Contains("▶ Escalation exhausted", await manager.Locator("svg.state-diagram g.box.current").TextContentAsync(), StringComparison.Ordinal);
        var walked = await manager.Locator("svg.state-diagram g.edge.walked title").AllTextContentsAsync();
        Assert.Equal(["deadline passed", "ladder exhausted"], walked.Select(t => t.Split(", ").First(w => w is "deadline passed" or "ladder exhausted")).Order(StringComparer.Ordinal));
        Assert.Equal(0, await manager.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await BrowserSession.Screenshot(manager, "07-workflow-state-view");
        await manager.GotoAsync($"/questions?authorityId={authorityId}");
        Assert.Equal(3, await manager.Locator("main table tbody tr").CountAsync());
        await BrowserSession.Screenshot(manager, "08-questions-list");
        var csv = await (await manager.APIRequest.GetAsync($"/questions?handler=Csv&authorityId={authorityId}")).TextAsync();
        var lines = csv.Trim().Split('\n');
        Assert.Equal(4, lines.Length); // header and the three questions
        Assert.All(lines.Skip(1), l => Assert.StartsWith($"{l.Split(',')[0]},{requestId},", l, StringComparison.Ordinal));
        var requestsCsv = await (await advocate.APIRequest.GetAsync($"/requests?handler=Csv&authorityId={authorityId}")).TextAsync();
        Assert.Contains(title, requestsCsv, StringComparison.Ordinal);

        // Another advocate changing the id in the URL gets a 404.
        var other = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.AdvocateB), ApiApp.Password);
        var response = await other.GotoAsync($"/requests/{requestId}");
        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);

        // A form post without the antiforgery token is refused, even with the right cookie.
        var forged = await advocate.APIRequest.PostAsync($"/requests/{requestId}?handler=Withdraw", new() { Form = advocate.APIRequest.CreateFormData() });
        Assert.Equal((int)HttpStatusCode.BadRequest, forged.Status);
        await advocate.ReloadAsync();
        Assert.NotEqual("Withdrawn", await advocate.Locator("h1 + p .status").InnerTextAsync());

        // Readable on a phone.
        var phone = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password, width: 390);
        await phone.GotoAsync($"/requests/{requestId}");
        await BrowserSession.Screenshot(phone, "09-request-on-a-phone");
        Assert.Equal($"{title} RT-{requestId}", await phone.Locator("h1").InnerTextAsync());
        var tooWide = await phone.EvaluateAsync<string>(WiderThanTheScreen);
        Assert.True(tooWide.Length == 0, $"Wider than a phone's screen: {tooWide}");
        Assert.Equal(3, await phone.Locator("section.question").CountAsync());

        // One action on several questions at once, then the request withdrawn with a notice to the authority.
        var batch = advocate.Locator("section:has(#batch-h)");
        await batch.GetByLabel("2. ").CheckAsync();
        await batch.GetByLabel("3. ").CheckAsync();
        await batch.GetByLabel("Action").SelectOptionAsync("answered");
        await batch.GetByLabel("Document reference").FillAsync("Bundle 2022/9");
        await batch.GetByRole(AriaRole.Button, new() { Name = "Record on the ticked questions" }).ClickAsync();
        Assert.Equal("Recorded 'Answered (document reference)' on 2 questions.", await advocate.GetByTestId("notice").InnerTextAsync());
        Assert.Equal("Answered", await advocate.GetByTestId("question-3").GetByTestId("state").InnerTextAsync());
        var withdraw = advocate.Locator("section:has(#withdraw-h)");
        await withdraw.GetByLabel("Reason (kept in the journal)").FillAsync("Answered in full.");
        await withdraw.GetByLabel("by email that the request is withdrawn").CheckAsync();
        await withdraw.GetByRole(AriaRole.Button, new() { Name = "Withdraw the request" }).ClickAsync();
        Assert.Contains("the authority is told by email", await advocate.GetByTestId("confirm").InnerTextAsync(), StringComparison.Ordinal);
        await advocate.GetByTestId("confirm-button").ClickAsync();
        Assert.Equal("Withdrawn", await advocate.Locator("h1 + p .status").InnerTextAsync());
        Assert.Contains("withdrawal notice", await advocate.GetByTestId("notice").InnerTextAsync(), StringComparison.Ordinal);
        await app.Mail.WaitFor(m => m.About(title) && m.Starts("Withdrawal of request:"));
        await BrowserSession.Screenshot(advocate, "11-withdrawn");
    }

    [Fact]
    public async Task An_advocate_records_a_reply_that_came_by_post_with_its_scan()
    {
        var authorityId = await MailTestClient.Authority(app.Client(TestUser.Manager));
        var (requestId, _, questions) = await MailTestClient.Send(app.Client(TestUser.AdvocateA), authorityId, "The vote record");
        var advocate = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password);
        await advocate.GotoAsync($"/requests/{requestId}");

        await advocate.GetByRole(AriaRole.Link, new() { Name = "Record a reply received by post, fax, hand or portal" }).ClickAsync();
        await advocate.GetByLabel("How it came").SelectOptionAsync("post");
        var today = await advocate.GetByLabel("Day it arrived").InputValueAsync();
        await advocate.GetByLabel("Subject or the letter's reference").FillAsync("Letter No. 12/345");
        var word = "ledger" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter));
        await advocate.GetByLabel("Text of the reply").FillAsync($"The vote record is enclosed in the {word}.");
        await advocate.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        await BrowserSession.Screenshot(advocate, "13-record-postal-reply");
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Record the reply" }).ClickAsync();

        Assert.StartsWith($"Recorded the reply received by post on {today}, with 1 attachment.", await advocate.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        var letter = advocate.GetByTestId("mail-received");
        Assert.Contains("Received by post", await letter.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await letter.GetByRole(AriaRole.Link, new() { Name = "Download the email (.eml)" }).CountAsync());
        var download = await advocate.RunAndWaitForDownloadAsync(() => letter.GetByRole(AriaRole.Link, new() { Name = "attachment-1.pdf" }).ClickAsync());
        Assert.Equal("attachment-1.pdf", download.SuggestedFilename);
        Assert.Equal("Reply received, to classify", await advocate.GetByTestId("question-1").GetByTestId("state").InnerTextAsync());
        Assert.Single(await MailTestClient.Journal(app.Client(TestUser.AdvocateA), questions[0]), e => e.GetProperty("event").GetString() == "authority-replied");

        // Classified from its suggestion: found by its topic words only, so a hint with its evidence, not preselected
        // (issue 24); the advocate chooses it, and it is recorded only when confirmed.
        await letter.GetByTestId("classify").ClickAsync();
        var suggestion = advocate.GetByTestId("suggestion-1");
        Assert.Equal("Answered (document reference)", await suggestion.GetByTestId("suggested").InnerTextAsync());
        Assert.Contains("enclosed", await suggestion.Locator(".evidence").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await suggestion.GetByTestId("not-preselected").CountAsync());
        Assert.Equal(string.Empty, await suggestion.GetByLabel("Record", new() { Exact = true }).InputValueAsync());
        await suggestion.GetByLabel("Record", new() { Exact = true }).SelectOptionAsync("answered");
        await suggestion.GetByLabel("Document reference").FillAsync("Letter No. 12/345");
        await BrowserSession.Screenshot(advocate, "13b-classify-reply");
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Record what is chosen" }).ClickAsync();
        Assert.Equal("Recorded the reply's classification on 1 question.", await advocate.GetByTestId("notice").InnerTextAsync());
        Assert.Equal("Answered", await advocate.GetByTestId("question-1").GetByTestId("state").InnerTextAsync());

        // Found again from the header's search box by a word of the letter, the word marked.
        await advocate.GetByLabel("Search requests and correspondence").FillAsync(word);
        await advocate.GetByLabel("Search requests and correspondence").PressAsync("Enter");
        var hit = advocate.GetByTestId("hits").Locator("li[data-kind=received]");
        Assert.Equal(word, await hit.Locator("mark").InnerTextAsync());
        await hit.GetByRole(AriaRole.Link).ClickAsync();
        Assert.EndsWith($"/requests/{requestId}#correspondence", advocate.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_advocate_files_one_set_of_questions_to_two_authorities_and_follows_them_in_the_matrix()
    {
        var manager = app.Client(TestUser.Manager);
        var ru = await MailTestClient.Authority(manager, "ru-8-fz", "foi@ministry.test", "Europe/Moscow");
        var kz = await MailTestClient.Authority(manager, "kz-401-v", "press@akorda.test", "Asia/Almaty");
        // Both bodies correspond in Russian: the letter is written in Russian (never translated), each with its own legal basis.
        var title = $"Пакет запросов {Random.Shared.Next(100_000, 999_999)}";
        var advocate = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password);
        await advocate.GotoAsync("/requests");
        await advocate.GetByRole(AriaRole.Link, new() { Name = "File to several authorities" }).ClickAsync();

        await advocate.GetByTestId($"target-{ru}").GetByRole(AriaRole.Checkbox).CheckAsync();
        await advocate.GetByTestId($"target-{kz}").GetByRole(AriaRole.Checkbox).CheckAsync();
        await advocate.GetByTestId($"target-{kz}").GetByRole(AriaRole.Textbox).FillAsync("Закон № 401-V, статья 11");
        await advocate.GetByLabel("Language of the letter below").SelectOptionAsync("ru");
        await advocate.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await advocate.GetByLabel("Letter", new() { Exact = true }).FillAsync("Прошу предоставить документы, перечисленные ниже.");
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Vote records per member" }).ClickAsync();
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Published legal justification" }).ClickAsync();
        await advocate.GetByLabel("Question 1: text").FillAsync("Как голосовало каждое государство-член при принятии решения о направлении сил?");
        await advocate.GetByLabel("Question 2: text").FillAsync("Опубликовано ли правовое обоснование направления сил, и если нет, когда оно будет опубликовано?");
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Save the drafts" }).ClickAsync();

        var matrix = advocate.GetByTestId("matrix");
        Assert.Matches("/batches/[0-9]+$", advocate.Url);
        Assert.Equal(2, await matrix.Locator("tbody tr").CountAsync());
        Assert.Contains("Not sent", await matrix.InnerTextAsync(), StringComparison.Ordinal);
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Send to the 2 authorities not yet sent" }).ClickAsync();
        Assert.Equal("Send the letter to 2 authorities?", await advocate.GetByTestId("confirm").Locator("h2").InnerTextAsync());
        await advocate.GetByTestId("confirm-button").ClickAsync();
        Assert.StartsWith("Sent:", await advocate.GetByTestId("notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(4, await matrix.Locator("tbody").GetByText("Awaiting response").CountAsync());
        var toRu = await app.Mail.WaitFor(m => m.About(title) && m.To.ToString().Contains("foi@ministry.test", StringComparison.Ordinal));
        var toKz = await app.Mail.WaitFor(m => m.About(title) && m.To.ToString().Contains("press@akorda.test", StringComparison.Ordinal));
        Assert.Contains("На основании ст. 11 Закона Республики Казахстан от 16 ноября 2015 года № 401-V «О доступе к информации» прошу предоставить", toKz.TextBody, StringComparison.Ordinal);
        Assert.Contains("Правовое основание: Закон № 401-V, статья 11", toKz.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("401-V", toRu.TextBody, StringComparison.Ordinal);
        Assert.Contains("На основании статей 8 и 18 Федерального закона от 9 февраля 2009 г. № 8-ФЗ", toRu.TextBody, StringComparison.Ordinal);

        // One answer at the Kazakh office: the row says where; then one refusal recorded across the row.
        await matrix.GetByTestId($"cell-1-{kz}").GetByRole(AriaRole.Link).ClickAsync();
        var question = advocate.GetByTestId("question-1");
        await question.GetByLabel("Record what happened").SelectOptionAsync("answered");
        await question.GetByLabel("Document reference").FillAsync("Letter 17");
        await question.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await advocate.GetByTestId("batch-link").ClickAsync();
        Assert.Contains("Answered by", await matrix.GetByTestId("row-1").GetByTestId("answered-by").InnerTextAsync(), StringComparison.Ordinal);
        await advocate.GetByLabel("Question", new() { Exact = true }).SelectOptionAsync("1");
        await advocate.GetByLabel("Action", new() { Exact = true }).SelectOptionAsync("refused");
        await advocate.GetByLabel("Exemption cited").FillAsync("Internal deliberations");
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        Assert.Equal("Question 1: 'Refused (exemption cited)' recorded at 1 authority; 1 left as they were (their state does not take it).",
            await advocate.GetByTestId("notice").InnerTextAsync());
        Assert.Equal("Refused", await matrix.GetByTestId($"cell-1-{ru}").GetByRole(AriaRole.Link).InnerTextAsync());
        Assert.Equal("Answered", await matrix.GetByTestId($"cell-1-{kz}").GetByRole(AriaRole.Link).InnerTextAsync());
        await BrowserSession.Screenshot(advocate, "14-batch-matrix");

        var download = await advocate.RunAndWaitForDownloadAsync(() => advocate.GetByTestId("csv").ClickAsync());
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("1,Vote records per member,", csv[1], StringComparison.Ordinal);
        Assert.Contains(",Refused,", csv[1], StringComparison.Ordinal);
        Assert.Contains(",Answered,", csv[1], StringComparison.Ordinal);

        // The dossier, unpacked as its recipient would, its timeline opened in the browser.
        var dossier = await advocate.RunAndWaitForDownloadAsync(() => advocate.GetByTestId("dossier").ClickAsync());
        Assert.Matches("^dossier-B-[0-9]+\\.zip$", dossier.SuggestedFilename);
        var unpacked = Directory.CreateTempSubdirectory("rt-dossier-");
        try
        {
            System.IO.Compression.ZipFile.ExtractToDirectory(await dossier.PathAsync(), unpacked.FullName);
            await advocate.GotoAsync(new Uri(Path.Combine(unpacked.FullName, "timeline.html")).AbsoluteUri);
            Assert.StartsWith("Dossier B-", await advocate.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(2, await advocate.Locator("h2").CountAsync());
            Assert.Contains("Internal deliberations", await advocate.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
            await BrowserSession.Screenshot(advocate, "15-dossier-timeline");
        }
        finally
        {
            unpacked.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Anyone_without_a_cookie_reads_a_published_request_and_its_released_document_and_nothing_else()
    {
        var advocateApi = app.Client(TestUser.AdvocateA);
        var authorityId = await MailTestClient.Authority(app.Client(TestUser.Manager));
        var (published, title, _) = await MailTestClient.Send(advocateApi, authorityId, "The vote record");
        var (unpublished, _, _) = await MailTestClient.Send(advocateApi, authorityId, "The legal justification");
        var (embargoed, _, _) = await MailTestClient.Send(advocateApi, authorityId, "The text of the appeal");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var form = new MultipartFormDataContent { { new StringContent("post"), "channel" }, { new StringContent(today), "receivedOn" }, { new StringContent("The vote record is enclosed."), "text" } };
        foreach (var name in new[] { "vote-record.pdf", "cover-note.pdf" })
        {
            var part = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            form.Add(part, "files", name);
        }

        long letter;
        using (var recorded = await advocateApi.PostAsync($"/api/requests/{published}/replies", form))
        {
            letter = (await recorded.Json(HttpStatusCode.OK)).GetProperty("id").GetInt64();
        }

        // The advocate marks the cover note private and publishes, in the browser.
        var advocate = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password);
        await advocate.GotoAsync($"/requests/{published}");
        var mail = advocate.GetByTestId("mail-received");
        await mail.Locator("li", new() { HasText = "cover-note.pdf" }).GetByRole(AriaRole.Button, new() { Name = "Withhold it from the public page" }).ClickAsync();
        await advocate.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await advocate.GetByTestId("confirm-button").ClickAsync();
        Assert.Equal("Published: its public page is live.", await advocate.GetByTestId("notice").InnerTextAsync());
        using (var later = await advocateApi.PostJson($"/api/requests/{embargoed}/publish", new { from = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }))
        {
            later.EnsureSuccessStatusCode();
        }

        var reader = await _browser.Anonymous(app.Host.ServerAddress);
        await reader.GotoAsync("/public");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        Assert.EndsWith($"/public/requests/{published}", reader.Url, StringComparison.Ordinal);
        Assert.Equal("The vote record", (await reader.GetByTestId("public-question-1").Locator("h3").InnerTextAsync())[3..]);
        var released = await reader.RunAndWaitForDownloadAsync(() => reader.GetByRole(AriaRole.Link, new() { Name = "attachment-1.pdf" }).ClickAsync());
        Assert.Equal("attachment-1.pdf", released.SuggestedFilename);
        Assert.Equal(0, await reader.GetByText("attachment-2.pdf").CountAsync());
        Assert.Equal(0, await reader.GetByText("to AdvocateA").CountAsync()); // the service's own mail to the advocate is not correspondence
        await BrowserSession.Screenshot(reader, "16-public-request");

        foreach (var path in new[] { $"/public/requests/{unpublished}", $"/public/requests/{embargoed}", $"/public/requests/{published}/attachments/{await PrivateAttachment(advocateApi, published, letter)}" })
        {
            var response = await reader.APIRequest.GetAsync(path);
            Assert.True(response.Status == 404, $"{path}: {response.Status}");
        }
    }

    private static async Task<long> PrivateAttachment(HttpClient client, int requestId, long letter)
    {
        using var read = await client.GetAsync($"/api/requests/{requestId}/correspondence");
        return (await read.Json(HttpStatusCode.OK)).EnumerateArray().Single(m => m.GetProperty("id").GetInt64() == letter && m.GetProperty("direction").GetString() == "received")
            .GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("originalName").GetString() == "cover-note.pdf").GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task An_admin_adds_an_advocate_who_signs_in_and_is_then_disabled_and_signed_out()
    {
        var admin = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.Admin), ApiApp.Password);
        var email = $"new.{Guid.NewGuid():N}@test.example.org";
        await admin.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await admin.GetByLabel("Email").FillAsync(email);
        await admin.GetByLabel("Name").FillAsync("Nadia Newcomer");
        await admin.GetByLabel("Role").SelectOptionAsync("Advocate");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();

        var created = await admin.Locator(".notice").InnerTextAsync();
        var password = created[(created.LastIndexOf(' ') + 1)..];
        Assert.StartsWith($"Advocate {email} created.", created, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await admin.GetByLabel("Email").InputValueAsync()); // ready for the next one
        Assert.Equal(0, await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = ApiApp.Email(TestUser.Admin) }).GetByRole(AriaRole.Button, new() { Name = "Disable" }).CountAsync());
        var advocate = await _browser.SignIn(app.Host.ServerAddress, email, password);
        await BrowserSession.Screenshot(admin, "12-users-added");

        await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email }).GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();

        Assert.Contains($"{email} is disabled", await admin.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Disabled", await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email }).GetByRole(AriaRole.Cell).Nth(3).InnerTextAsync());
        await BrowserSession.ReloadUntil(advocate, p => p.GetByRole(AriaRole.Button, new() { Name = "Sign in" }), "the disabled advocate's session to end", TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_manager_adds_an_authority_through_the_form_and_an_advocate_subscribes_to_their_deadlines()
    {
        var manager = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.Manager), ApiApp.Password);
        var name = $"Ministry of Justice {Guid.NewGuid():N}"[..30];
        await manager.GotoAsync("/authorities");
        await manager.GetByRole(AriaRole.Link, new() { Name = "New authority" }).ClickAsync();
        await manager.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await manager.GetByLabel("Jurisdiction").FillAsync("Russian Federation");
        await manager.GetByLabel("Contact email (requests go here)").FillAsync("info@minjust.test");
        await manager.GetByLabel("Time zone (IANA, e.g. Europe/Moscow)").FillAsync("Europe/Moskva");
        await manager.GetByLabel("Law (sets the deadline, calendar and ladder)").SelectOptionAsync("ru-8-fz");
        await manager.GetByLabel("Contact 1: name").FillAsync("District Court");
        await manager.GetByLabel("Contact 1: email").FillAsync("court@minjust.test");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // The bad time zone is named next to its field and everything typed is still there.
        Assert.Contains("time zone", (await manager.Locator(".field-error").AllInnerTextsAsync()).Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(name, await manager.GetByLabel("Name", new() { Exact = true }).InputValueAsync());
        Assert.Equal("court@minjust.test", await manager.GetByLabel("Contact 1: email").InputValueAsync());
        // The form says which contacts the law's ladder writes to: the contact typed is a higher body (the first kind),
        // and the court, to which the advocate files a document, is missing.
        var needs = await manager.GetByTestId("ladder-needs").InnerTextAsync();
        Assert.Contains("Higher body — for “Complaint to the higher body”: the letter is emailed to it, so it needs an email address · on record", needs, StringComparison.Ordinal);
        Assert.Contains("Court — for “Administrative claim in court”: a document the advocate files; only its name is needed, nothing is emailed · missing", needs, StringComparison.Ordinal);
        await BrowserSession.Screenshot(manager, "10-authority-form-error");
        await manager.GetByLabel("Contact 1: name").FillAsync("Министр юстиции Российской Федерации");
        await manager.GetByLabel("Contact 2: kind").SelectOptionAsync("Court");
        await manager.GetByLabel("Contact 2: name").FillAsync("District Court");
        await manager.GetByLabel("Time zone (IANA, e.g. Europe/Moscow)").FillAsync("Europe/Moscow");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await manager.WaitForURLAsync(url => url.EndsWith("/authorities", StringComparison.Ordinal));
        Assert.Contains("District Court", await manager.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).InnerTextAsync(), StringComparison.Ordinal);

        // An advocate's deadlines as a calendar feed, readable without a cookie; a forged token is a 404.
        var authorities = await (await app.Client(TestUser.Manager).GetAsync("/api/authorities")).Json(HttpStatusCode.OK);
        var authorityId = authorities.EnumerateArray().Single(a => a.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
        var request = await MailTestClient.Send(app.Client(TestUser.AdvocateA), authorityId, "Официальный текст обращения о помощи");
        var advocate = await _browser.SignIn(app.Host.ServerAddress, ApiApp.Email(TestUser.AdvocateA), ApiApp.Password);
        await advocate.GotoAsync("/requests");
        var feed = await advocate.GetByTestId("feed").GetAttributeAsync("href");
        using var anonymous = app.Anonymous();
        var ics = await anonymous.GetStringAsync(feed);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains($"SUMMARY:Deadline: RT-{request.Id} question 1", ics, StringComparison.Ordinal);
        using var forged = await anonymous.GetAsync(feed!.Replace(".ics", "x.ics", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    private static async Task Record(IPage page, int position, string action, (string Label, string Value) field)
    {
        var question = page.GetByTestId($"question-{position}");
        await question.GetByLabel("Record what happened").SelectOptionAsync(action);
        await question.GetByLabel(field.Label).FillAsync(field.Value);
        await question.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    [GeneratedRegex(@"/requests/(\d+)$")]
    private static partial Regex RequestUrl();

    // The innermost elements that stick out past the right edge of the viewport, as "tag.class (right edge px)".
    private const string WiderThanTheScreen = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))
          .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent || '').trim().slice(0, 40)}" (${Math.round(e.getBoundingClientRect().right)} px)`)
          .join('; ')
        """;

    private static async Task<int> Figure(IPage page, string testId) =>
        int.Parse(await page.GetByTestId(testId).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
}
