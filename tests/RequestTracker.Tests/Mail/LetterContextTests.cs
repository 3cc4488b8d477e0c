using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Definitions.Laws;
using RequestTracker.Definitions.Templates;
using RequestTracker.Handling;
using RequestTracker.Letters;
using RequestTracker.Mail;
using RequestTracker.Replies;
using RequestTracker.Runtime;
using RequestTracker.Tests.Runtime;

namespace RequestTracker.Tests.Mail;

/// <summary>
/// Everything a letter says about its request, read from the outbox rows the engine queued (for a draft, the row its
/// preview builds): the request, the parties, the law as the letter's language cites it, the questions it lists with
/// their days in words, the ladder step, the appeal right, and the letters already sent up the ladder. Days counted by hand on the UK calendar: sent Monday
/// 10 January 2022 10:00 GMT, day 0; the 20th working day is Monday 7 February. St Patrick's Day (Thursday 17 March),
/// Good Friday (15 April), Easter Monday (18 April) and the early May bank holiday (2 May) are the only holidays until May.
/// </summary>
public sealed class LetterContextTests
{
    private static readonly DateTimeOffset Sent = new(2022, 1, 10, 10, 0, 0, TimeSpan.Zero);
    private const string UkLaw = "United Kingdom — Freedom of Information Act 2000";
    private const string UkBasis = UkLaw + ": reply within 20 working days";
    private const string Deadline = "Monday 7 February 2022";
    private const string AppealName = "Request for an internal review";
    private const string Foi = "foi@ministry.example.org";
    private const string AdvocateEmail = "advocate-1@test.example.org";

    [Fact]
    public async Task The_request_letter_reads_the_request_its_parties_the_law_and_every_question()
    {
        await using var h = await EngineHarness.Start(Sent);
        await Describe(h, letterName: "the Ministry of Tests", postalAddress: "1 Test Square, London");
        await Advocate(h, phone: "+44 20 7946 0000");
        var (requestId, questions) = await h.Send(2);
        // Question 2's authority took the extension: 10 more working days after Monday 7 February.
        Assert.NotNull((await h.Act(questions[1], "extension-announced", extension: 10)).Value);
        h.Clock.SetUtcNow(new DateTimeOffset(2022, 1, 12, 9, 0, 0, TimeSpan.Zero));

        var content = await Read(h, await Row(h, requestId, "request"));
        var model = content.Model;

        Assert.Equal(new RequestModel($"RT-{requestId}", "Documents", "Please provide.", "The law", "Monday 10 January 2022", await ReplyAddress(h, requestId)) { ReceivedOn = "Monday 10 January 2022" }, model.Request);
        Assert.Contains($"+r{requestId}.", model.Request.ReplyAddress, StringComparison.Ordinal);
        // Without an addressee of its own the letter's first line names the authority as letters name it.
        Assert.Equal(new PartyModel("the Ministry of Tests", Foi) { Addressee = "the Ministry of Tests", Address = "1 Test Square, London" }, model.Authority);
        Assert.Equal(new PartyModel("Aliya Advocate", AdvocateEmail), model.Advocate);
        Assert.Equal(new PartyModel("Ministry of Tests", Foi) { Addressee = "Ministry of Tests" }, model.Recipient);
        Assert.Equal(new LawModel("the Freedom of Information Act 2000", "20 working days", "within 20 working days", Immediate: false)
        {
            Binding = true,
            Genitive = "the Freedom of Information Act 2000",
            Right = "section 1(1)",
            Time = "section 10(1)",
            Appeal = "section 50",
        }, model.Law);
        Assert.Equal([Question(1, Deadline, "Awaiting response"), Question(2, "Monday 21 February 2022", "Awaiting response")], model.Questions);
        // A request letter is about no one question: its Question is the sample's, emptied of position and text.
        Assert.Equal(new QuestionModel(0, string.Empty, "Request text", "7 March 2022", "Awaiting response", "20 working days", "refused"), model.Question);
        Assert.Equal(Deadline, model.Deadline); // the earliest of the questions' deadlines
        Assert.Equal(new StepModel(string.Empty, string.Empty, "—"), model.Step);
        Assert.Equal(new RightsModel(AppealName, "—"), model.Rights);
        Assert.Equal(new RequesterModel("Aliya Advocate", "1 Test Street, Testville", AdvocateEmail, "+44 20 7946 0000"), model.Requester);
        Assert.Equal(new LetterModel(string.Empty, string.Empty, string.Empty, string.Empty), model.Letter);
        Assert.Equal("Wednesday 12 January 2022", model.Today);
        Assert.Empty(model.Sent);
        Assert.Equal((string.Empty, 0, 0, 0, 0, 0), (model.Digest.Date, model.Digest.Overdue, model.Digest.Escalated, model.Digest.DueThisWeek, model.Digest.FailedEmails, model.Digest.UnmatchedReplies));
        Assert.Empty(model.Digest.Items);
        Assert.Equal(questions, content.Covers);
        Assert.Equal(("en", "uk-foia-2000"), (content.Language, content.Law.Id));
        Assert.Null(content.InReplyToMessageId);
    }

    [Fact]
    public async Task A_reminder_lists_only_the_unanswered_question_its_step_window_and_itself_as_sent()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await h.Send(2);
        Assert.NotNull((await h.Act(questions[0], "answered", documentReference: "DOC-1")).Value);
        await h.RunUntil(new DateTimeOffset(2022, 2, 12, 9, 0, 0, TimeSpan.Zero));

        var row = await Row(h, requestId, "reminder");
        var content = await Read(h, row);
        var model = content.Model;

        Assert.Equal(questions[1], row.QuestionId);
        Assert.Equal([questions[1]], content.Covers);
        Assert.Equal([Question(2, Deadline, "Overdue, escalating")], model.Questions);
        Assert.Equal(Question(2, Deadline, "Overdue, escalating"), model.Question);
        Assert.Equal(Deadline, model.Deadline);
        // The step is taken at the end of Tuesday 8 February (1 working day after the deadline); its 5 working days
        // count from that day: 9, 10, 11, 14 and Tuesday 15 February.
        Assert.Equal(new StepModel("reminder", "Reminder to the authority", "Tuesday 15 February 2022"), model.Step);
        Assert.Equal([new SentLetterModel("reminder", "Reminder to the authority", "Wednesday 9 February 2022")], model.Sent);
        Assert.Equal(new RightsModel(AppealName, "—"), model.Rights);
        // No letter name on record: the authority is named as it is stored.
        Assert.Equal(new PartyModel("Ministry of Tests", Foi) { Addressee = "Ministry of Tests" }, model.Authority);
        Assert.Equal(new PartyModel("Ministry of Tests", Foi), model.Recipient);
        Assert.Equal("Saturday 12 February 2022", model.Today);
        Assert.Equal("Monday 10 January 2022", model.Request.SentOn);
        Assert.Equal(new LetterModel(string.Empty, string.Empty, string.Empty, string.Empty), model.Letter);
    }

    [Fact]
    public async Task The_advocates_warning_lists_only_the_refused_question_its_outcome_and_the_last_day_to_appeal()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await Refuse(h);
        await Deliver(h, requestId, "reminder", OutboxStatus.Failed);

        var row = await Row(h, requestId, "advocate-warning");
        var content = await Read(h, row);
        var model = content.Model;

        Assert.Equal([questions[1]], content.Covers); // question 1 is escalating, but the warning is about the refusal
        Assert.Equal([Question(2, Deadline, "Refused", "refused")], model.Questions);
        Assert.Equal(Question(2, Deadline, "Refused", "refused"), model.Question);
        // 40 working days from Monday 10 January: the 39th is Friday 4 March, the 40th Monday 7 March.
        Assert.Equal(new RightsModel(AppealName, "Monday 7 March 2022"), model.Rights);
        // Before any step the question's recipient acts by its deadline.
        Assert.Equal(new StepModel(string.Empty, string.Empty, Deadline), model.Step);
        Assert.Equal(new PartyModel("Aliya Advocate", AdvocateEmail), model.Recipient);
        // Question 1's reminder failed, so it did not go; the internal review waits as a draft, and the notes to the
        // advocate (this warning, the draft's) are no ladder letters.
        Assert.Empty(model.Sent);
        Assert.Equal("Tuesday 1 March 2022", model.Today);
        Assert.Equal("en", content.Language);
    }

    [Fact]
    public async Task A_warning_to_an_advocate_who_reads_Russian_names_the_uk_law_its_appeal_and_its_days_in_Russian()
    {
        await using var h = await EngineHarness.Start(Sent);
        await Advocate(h, language: "ru");
        var (requestId, questions) = await Refuse(h);

        var content = await Read(h, await Row(h, requestId, "advocate-warning"));
        var model = content.Model;

        Assert.Equal("ru", content.Language);
        // The UK law has no Russian citation: the letter names it by its catalogue name and cites no provision.
        Assert.Equal(new LawModel(UkLaw, "20 рабочих дней", "в течение 20 рабочих дней") { Genitive = UkLaw }, model.Law);
        Assert.Equal(new RightsModel("Просьба о внутреннем пересмотре", "7 марта 2022 г."), model.Rights);
        Assert.Equal([new QuestionModel(2, "Question 2", "Other", "7 февраля 2022 г.", "Refused", UkBasis, "refused")], model.Questions);
        Assert.Equal([new SentLetterModel("reminder", "Напоминание органу", "9 февраля 2022 г.")], model.Sent);
        Assert.Equal(("10 января 2022 г.", "1 марта 2022 г.", "7 февраля 2022 г."), (model.Request.SentOn, model.Today, model.Deadline));
        Assert.Equal([questions[1]], content.Covers);
    }

    [Fact]
    public async Task A_Russian_request_cites_the_law_in_Russian_and_states_its_days_in_Russian_where_the_authority_is()
    {
        // 22:30 GMT on Monday 10 January is already Tuesday the 11th in Moscow: the day of receipt.
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 1, 10, 22, 30, 0, TimeSpan.Zero), "ru-8-fz", "Europe/Moscow");
        await Describe(h, letterName: "Министерство испытаний", addressee: "В Министерство испытаний", postalAddress: "Москва, ул. Тестовая, д. 1");
        var (requestId, questions) = await h.Send(2);
        h.Clock.SetUtcNow(new DateTimeOffset(2022, 1, 11, 21, 30, 0, TimeSpan.Zero));

        var content = await Read(h, await Row(h, requestId, "request"));
        var model = content.Model;

        // Registered by the end of Friday 14 January (3 days); 30 days from then end on Sunday 13 February, moved to Monday.
        const string due = "14 февраля 2022 г.";
        const string basis = "Russian Federation — Federal Law No. 8-FZ of 9 February 2009: reply within 30 calendar days";
        Assert.Equal(("ru", "ru-8-fz"), (content.Language, content.Law.Id));
        Assert.Equal(new RequestModel($"RT-{requestId}", "Документы", "Прошу предоставить документы.", string.Empty, "11 января 2022 г.", await ReplyAddress(h, requestId)) { ReceivedOn = "11 января 2022 г." }, model.Request);
        Assert.Equal(new PartyModel("Министерство испытаний", Foi) { Addressee = "В Министерство испытаний", Address = "Москва, ул. Тестовая, д. 1" }, model.Authority);
        Assert.Equal(new PartyModel("Ministry of Tests", Foi), model.Recipient);
        Assert.Equal(new LawModel(
            "Федеральный закон от 9 февраля 2009 г. № 8-ФЗ «Об обеспечении доступа к информации о деятельности государственных органов и органов местного самоуправления»",
            "30 календарных дней", "в течение 30 календарных дней")
        {
            Genitive = "Федерального закона от 9 февраля 2009 г. № 8-ФЗ «Об обеспечении доступа к информации о деятельности государственных органов и органов местного самоуправления»",
            Right = "ст. 8",
            Time = "ст. 18",
            Appeal = "ст. 23",
        }, model.Law);
        Assert.Equal(
            [
                new QuestionModel(1, "Вопрос номер 1 о документах", "Other", due, "Awaiting response", basis, string.Empty),
                new QuestionModel(2, "Вопрос номер 2 о документах", "Other", due, "Awaiting response", basis, string.Empty),
            ], model.Questions);
        Assert.Equal(due, model.Deadline);
        Assert.Equal(new RightsModel("Жалоба в вышестоящий орган или в суд", "—"), model.Rights);
        Assert.Equal(new StepModel(string.Empty, string.Empty, "—"), model.Step);
        Assert.Equal("12 января 2022 г.", model.Today);
        Assert.Equal(questions, content.Covers);
    }

    [Fact]
    public async Task A_complaint_to_the_commissioner_addresses_the_first_contact_of_its_kind_and_lists_every_ladder_letter_sent()
    {
        await using var h = await EngineHarness.Start(Sent);
        await Describe(h, contacts:
        [
            new(EscalationContactKind.HigherBody, "Permanent Secretary", "ps@ministry.example.org") { Addressee = "The Permanent Secretary" },
            new(EscalationContactKind.OversightBody, "Information Commissioner", "casework@ico.example.org") { Addressee = "The Information Commissioner" },
            new(EscalationContactKind.OversightBody, "ICO Helpline", "help@ico.example.org") { Addressee = "The Helpline" },
        ]);
        var (requestId, questions) = await h.Send(1);
        // The reminder goes at the end of Tuesday 8 February; its window ends on Tuesday 15 February, and the internal
        // review is drafted at once. Its 20 working days end on Tuesday 15 March, and the complaint is drafted at once.
        await h.RunUntil(new DateTimeOffset(2022, 2, 17, 9, 0, 0, TimeSpan.Zero));
        await Deliver(h, requestId, "reminder", OutboxStatus.Sent, new DateTime(2022, 2, 10, 8, 0, 0, DateTimeKind.Utc));
        await SendLetter(h, requestId, "internal-review");
        await h.RunUntil(new DateTimeOffset(2022, 3, 17, 9, 0, 0, TimeSpan.Zero));
        var letterId = await SendLetter(h, requestId, "ico-complaint");
        var row = await h.Db(db => db.Outbox.AsNoTracking().SingleAsync(o => o.LetterId == letterId));
        var text = await h.Db(db => db.Letters.AsNoTracking().Where(l => l.Id == letterId).Select(l => l.Text).SingleAsync());

        var content = await Read(h, row);
        var model = content.Model;

        Assert.Equal(new PartyModel("Information Commissioner", "casework@ico.example.org") { Addressee = "The Information Commissioner" }, model.Recipient);
        // 30 working days from Tuesday 15 March, without 17 March, 15 and 18 April: Friday 29 April.
        Assert.Equal(new StepModel("ico-complaint", "Complaint to the Information Commissioner", "Friday 29 April 2022"), model.Step);
        Assert.Equal(
            [
                new SentLetterModel("reminder", "Reminder to the authority", "Thursday 10 February 2022"), // the day it was delivered
                new SentLetterModel("internal-review", AppealName, "Thursday 17 February 2022"),
                new SentLetterModel("ico-complaint", "Complaint to the Information Commissioner", "Thursday 17 March 2022"),
            ], model.Sent);
        Assert.Equal(new LetterModel("Step", text!, string.Empty, string.Empty), model.Letter);
        Assert.Equal([Question(1, Deadline, "Overdue, escalating")], model.Questions);
        Assert.Equal(new RightsModel(AppealName, "—"), model.Rights);
        Assert.Equal([questions[0]], content.Covers);
        Assert.Null(content.InReplyToMessageId);

        // A contact without an addressee of its own is addressed by the name the row carries.
        await Describe(h, contacts: [new(EscalationContactKind.OversightBody, "Information Commissioner", "casework@ico.example.org")]);
        Assert.Equal("Information Commissioner", (await Read(h, row)).Model.Recipient.Addressee);
    }

    [Fact]
    public async Task A_draft_counts_its_deadline_from_now_where_the_authority_is_and_its_questions_are_drafts()
    {
        // 23:30 GMT on Monday 28 March is Tuesday the 29th in London (summer time): day 0 of the courtesy period.
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 3, 28, 23, 30, 0, TimeSpan.Zero), "io-default", "Europe/London");
        var draft = await h.Draft(2);
        // The row a draft's preview builds, but with no language: the request's is used.
        var row = new OutboxMessage { RequestId = draft.Id, Template = "request", Language = string.Empty, RecipientName = "Ministry of Tests", RecipientAddress = Foi };

        var content = await Read(h, row);
        var model = content.Model;

        const string name = "International organisation without an access law (no right to an answer; courtesy period of 30 calendar days)";
        const string due = "Thursday 28 April 2022"; // 30 calendar days after Tuesday 29 March
        Assert.Equal("en", content.Language);
        Assert.Equal(due, model.Deadline);
        Assert.Equal(
            [
                new QuestionModel(1, "Question 1", "Other", due, "Draft", $"{name}: reply within 30 calendar days", string.Empty),
                new QuestionModel(2, "Question 2", "Other", due, "Draft", $"{name}: reply within 30 calendar days", string.Empty),
            ], model.Questions);
        // Nothing binds the organisation, and its law has no citation: the letter names it by its catalogue name.
        Assert.Equal(new LawModel(name, "30 calendar days", "within 30 calendar days") { Binding = false, Genitive = name }, model.Law);
        Assert.Equal(new RightsModel("appeal", "—"), model.Rights); // a law without an appeal
        Assert.Equal(("Tuesday 29 March 2022", "Tuesday 29 March 2022"), (model.Request.SentOn, model.Today));
        Assert.Equal(new StepModel(string.Empty, string.Empty, "—"), model.Step);
        Assert.Empty(model.Sent);
        Assert.Equal(draft.Questions.Select(q => q.Id), content.Covers);
    }

    [Fact]
    public async Task A_Russian_drafts_deadline_is_the_one_the_request_runs_to_once_sent_registration_included()
    {
        // Monday 10 January 2022 in Moscow: registered by the end of Thursday 13 January (3 days), then 30 calendar
        // days end on Saturday 12 February, moved to Monday 14 February — not the 9th, which forgets registration.
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.Zero), "ru-8-fz", "Europe/Moscow");
        var draft = await h.Draft(1);
        var preview = new OutboxMessage { RequestId = draft.Id, Template = "request", Language = "ru", RecipientName = "Ministry of Tests", RecipientAddress = Foi };

        var drafted = (await Read(h, preview)).Model.Deadline;
        var sent = await h.With<RequestTracker.Requests.SendRequest, Outcome<RequestTracker.Requests.RequestResponse>>(s => s.Handle(h.Advocate, draft.Id, CancellationToken.None));
        var due = await h.Db(db => db.Workflows.Where(w => w.RequestId == sent.Value!.Id).Select(w => w.DueOn).SingleAsync());

        Assert.Equal("14 февраля 2022 г.", drafted);
        Assert.Equal(new DateOnly(2022, 2, 14), due);
    }

    [Fact]
    public async Task A_follow_up_cites_the_message_it_answers_by_its_date_and_threads_only_under_an_email()
    {
        await using var h = await EngineHarness.Start(Sent);
        var (requestId, questions) = await h.Send(4);
        Assert.NotNull((await h.Act(questions[0], "clarification-asked")).Value);
        Assert.NotNull((await h.Act(questions[2], "extension-announced", extension: 10)).Value);
        Assert.NotNull((await h.Act(questions[3], "answered", documentReference: "DOC-4")).Value);
        await h.RunUntil(new DateTimeOffset(2022, 2, 10, 9, 0, 0, TimeSpan.Zero)); // question 2 is overdue
        var emailed = await Reply(h, requestId, "<reply-1@ministry.example.org>", "Re: Documents", ReplyChannel.Email, new DateTime(2022, 1, 20, 12, 0, 0, DateTimeKind.Utc));
        var dated = await Reply(h, requestId, "post-1", "Our letter of 21 January", ReplyChannel.Post, new DateTime(2022, 1, 26, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2022, 1, 24), new DateOnly(2022, 1, 21));
        var undated = await Reply(h, requestId, "post-2", "Our letter", ReplyChannel.Post, new DateTime(2022, 1, 27, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2022, 1, 25));

        var (toEmail, toDated, toUndated) = (await FollowUp(h, requestId, emailed), await FollowUp(h, requestId, dated), await FollowUp(h, requestId, undated));

        Assert.Equal(new LetterModel("FollowUp", toEmail.Text, "Re: Documents", "Thursday 20 January 2022"), toEmail.Content.Model.Letter);
        Assert.Equal("<reply-1@ministry.example.org>", toEmail.Content.InReplyToMessageId);
        // A letter by post: the date it bears, else the day it arrived; never a Message-Id.
        Assert.Equal(new LetterModel("FollowUp", toDated.Text, "Our letter of 21 January", "Friday 21 January 2022"), toDated.Content.Model.Letter);
        Assert.Null(toDated.Content.InReplyToMessageId);
        Assert.Equal(new LetterModel("FollowUp", toUndated.Text, "Our letter", "Tuesday 25 January 2022"), toUndated.Content.Model.Letter);
        Assert.Null(toUndated.Content.InReplyToMessageId);
        // About no one question: it lists those still waiting, whether paused, overdue or open, and not the answered one.
        Assert.Equal(questions.Take(3), toEmail.Content.Covers);
        Assert.Equal([(1, "Clarification requested (clock stopped)"), (2, "Overdue, escalating"), (3, "Awaiting response")], toEmail.Content.Model.Questions.Select(q => (q.Position, q.State)));
        Assert.Equal(0, toEmail.Content.Model.Question.Position);

        // The advocate's own words, while they write, stand instead of the letter's stored text.
        var words = new LetterModel("FollowUp", "Please answer.", "Re: Documents", "Thursday 20 January 2022");
        Assert.Same(words, (await Read(h, toUndated.Row, words)).Model.Letter);
    }

    [Fact]
    public async Task An_undated_emailed_reply_is_cited_by_the_day_it_arrived_where_the_authority_is_in_the_letter_and_its_model()
    {
        await using var h = await EngineHarness.Start(new DateTimeOffset(2022, 1, 10, 9, 0, 0, TimeSpan.Zero), "ru-8-fz", "Europe/Moscow");
        var (requestId, _) = await h.Send(1);
        // 22:30 GMT on Thursday 20 January is 01:30 on Friday the 21st in Moscow: the reply arrived on the 21st there.
        var late = await Reply(h, requestId, "<reply-2@ministry.example.org>", "Re: Документы", ReplyChannel.Email, new DateTime(2022, 1, 20, 22, 30, 0, DateTimeKind.Utc));

        var (_, text, content) = await FollowUp(h, requestId, late, "Прошу ответить на запрос.");

        Assert.Equal("21 января 2022 г.", content.Model.Letter.InReplyToDate);
        Assert.Contains("21 января 2022 г.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("20 января 2022 г.", text, StringComparison.Ordinal);
    }

    private static QuestionModel Question(int position, string due, string state, string outcome = "") =>
        new(position, $"Question {position}", "Other", due, state, UkBasis, outcome);

    private static Task<LetterContent> Read(EngineHarness h, OutboxMessage row, LetterModel? words = null) =>
        h.With<LetterContext, LetterContent>(c => c.Read(row, CancellationToken.None, words));

    private static Task<OutboxMessage> Row(EngineHarness h, int requestId, string template) =>
        h.Db(db => db.Outbox.AsNoTracking().SingleAsync(o => o.RequestId == requestId && o.Template == template));

    private static async Task<string> ReplyAddress(EngineHarness h, int requestId) =>
        (await h.With<MailIdentity, MailTokens>(i => i.Tokens(CancellationToken.None))).ReplyAddress(requestId).Address;

    /// <summary>Question 2 refused on the day of sending; question 1 left silent. The warning comes on Monday 28 February, 5 working days before the last day.</summary>
    private static async Task<(int RequestId, IReadOnlyList<int> Questions)> Refuse(EngineHarness h)
    {
        var sent = await h.Send(2);
        Assert.NotNull((await h.Act(sent.QuestionIds[1], "refused", exemption: "s.27")).Value);
        await h.RunUntil(new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.Zero));
        return sent;
    }

    /// <summary>The harness's authority with the letter details and contacts given.</summary>
    private static async Task Describe(EngineHarness h, string letterName = "", string addressee = "", string postalAddress = "", IReadOnlyList<EscalationContactInput>? contacts = null)
    {
        var input = new AuthorityInput("Ministry of Tests", "Test", Foi, h.Zone, h.LawId,
            contacts ?? [new EscalationContactInput(EscalationContactKind.OversightBody, "Information Commissioner", "casework@ico.example.org")])
        {
            LetterName = letterName,
            Addressee = addressee,
            PostalAddress = postalAddress,
        };
        var saved = await h.With<SaveAuthority, Outcome<AuthorityResponse>>(s => s.Update(h.AuthorityId, input, CancellationToken.None));
        Assert.NotNull(saved.Value);
    }

    /// <summary>The outcome of delivering the step's email: sent at <paramref name="sentAt"/>, or failed.</summary>
    private static Task<int> Deliver(EngineHarness h, int requestId, string template, OutboxStatus status, DateTime? sentAt = null) =>
        h.Db(db => db.Outbox.Where(o => o.RequestId == requestId && o.Template == template).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, status).SetProperty(o => o.SentAt, sentAt)));

    private static Task<int> Advocate(EngineHarness h, string phone = "", string language = "") =>
        h.Db(db => db.Users.Where(u => u.Id == h.Advocate.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Phone, phone).SetProperty(u => u.Language, language)));

    /// <summary>The advocate sends the letter drafted for the step, as drafted; returns its id.</summary>
    private static async Task<long> SendLetter(EngineHarness h, int requestId, string stepId)
    {
        var id = await h.Db(db => db.Letters.Where(l => l.RequestId == requestId && l.StepId == stepId).Select(l => l.Id).SingleAsync());
        Assert.NotNull((await h.With<ReviewLetter, Outcome<LetterView>>(r => r.Send(h.Advocate, requestId, id, CancellationToken.None))).Value);
        return id;
    }

    private static Task<long> Reply(EngineHarness h, int requestId, string messageId, string subject, ReplyChannel channel, DateTime receivedAt, DateOnly? receivedOn = null, DateOnly? letterDate = null) =>
        h.Db(async db =>
        {
            var message = new InboundMessage
            {
                MessageId = messageId,
                Status = InboundStatus.Matched,
                RequestId = requestId,
                Subject = subject,
                Channel = channel,
                ReceivedAt = receivedAt,
                ReceivedOn = receivedOn,
                LetterDate = letterDate,
                FromName = "Ministry of Tests",
                FromAddress = Foi,
            };
            db.Inbox.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

    /// <summary>The advocate writes a follow-up answering <paramref name="inboxId"/> and sends it; its row, stored text and context.</summary>
    private static async Task<(OutboxMessage Row, string Text, LetterContent Content)> FollowUp(EngineHarness h, int requestId, long inboxId, string words = "Please answer.")
    {
        var drafted = await h.With<WriteLetter, Outcome<long>>(w => w.Draft(h.Advocate, requestId, new WriteLetterInput("followUp", words, inboxId), CancellationToken.None));
        var id = drafted.Value;
        Assert.NotNull((await h.With<ReviewLetter, Outcome<LetterView>>(r => r.Send(h.Advocate, requestId, id, CancellationToken.None))).Value);
        var row = await h.Db(db => db.Outbox.AsNoTracking().SingleAsync(o => o.LetterId == id));
        var text = await h.Db(db => db.Letters.AsNoTracking().Where(l => l.Id == id).Select(l => l.Text).SingleAsync());
        return (row, text!, await Read(h, row));
    }
}
