using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Templates;

namespace RequestTracker.Tests.Mail;

/// <summary>
/// The letters the commentary's case sends, each compared whole with a text typed here by hand — what the authority
/// reads, word for word, in its language: the Russian Ministry under 8-FZ with the requester's details the law asks
/// for; the CSTO, which no access law binds, asked in Russian; the UN Security Council asked in English; the complaint
/// to the higher body; the court claim as a document. The values are the test's own, so nothing here is produced by
/// the code under test but the letter itself.
/// </summary>
public sealed class LetterTextTests
{
    private static readonly MailModel Russian = SampleModel.Create() with
    {
        Request = new RequestModel("RT-7", "Документы о направлении сил ОДКБ",
            "В январе 2022 года в Республику Казахстан были направлены коллективные миротворческие силы ОДКБ.", string.Empty,
            "10 января 2022 г.", "requests+r7.k7f2q9x1ab@rt.example.org"),
        Authority = new PartyModel("Министерство иностранных дел Российской Федерации", "info@mid.example.org")
        {
            Addressee = "В Министерство иностранных дел Российской Федерации",
        },
        Recipient = new PartyModel("Министр иностранных дел Российской Федерации", "minister@mid.example.org")
        {
            Addressee = "Министру иностранных дел Российской Федерации",
        },
        Law = new LawModel("Федеральный закон от 9 февраля 2009 г. № 8-ФЗ", "30 календарных дней", "в течение 30 календарных дней")
        {
            Genitive = "Федерального закона от 9 февраля 2009 г. № 8-ФЗ",
            Right = "ст. 8",
            Time = "ст. 18",
            Appeal = "ст. 23",
        },
        Questions =
        [
            new QuestionModel(4, "Направлялось ли Российской Федерацией в Совет Безопасности ООН сообщение по статье 51 Устава ООН?", "Article51Report", "14 февраля 2022 г.", "", "", ""),
            new QuestionModel(5, "Опубликовано ли правовое обоснование направления сил?", "LegalJustification", "14 февраля 2022 г.", "", "", ""),
        ],
        Question = new QuestionModel(4, "Направлялось ли Российской Федерацией в Совет Безопасности ООН сообщение по статье 51 Устава ООН?", "Article51Report", "14 февраля 2022 г.", "", "", ""),
        Deadline = "14 февраля 2022 г.",
        Step = new StepModel("higher-body", "Жалоба в вышестоящий орган", "9 апреля 2022 г."),
        Requester = new RequesterModel("Иванова Мария Сергеевна", "119002, г. Москва, ул. Арбат, д. 1, кв. 2", "m.ivanova@example.org", string.Empty),
        Today = "10 января 2022 г.",
        Sent = [],
    };

    [Fact]
    public async Task A_request_to_the_Russian_Ministry_carries_8_FZ_its_requesters_details_and_the_latest_day()
    {
        var letter = await Render("ru", "ru-8-fz", "request", Russian);

        Assert.Equal("Запрос информации: Документы о направлении сил ОДКБ [RT-7]", letter.Subject);
        Assert.Equal(
            """
            В Министерство иностранных дел Российской Федерации

            Заявитель: Иванова Мария Сергеевна
            Почтовый адрес для ответа: 119002, г. Москва, ул. Арбат, д. 1, кв. 2
            Адрес электронной почты: requests+r7.k7f2q9x1ab@rt.example.org

            ЗАПРОС ИНФОРМАЦИИ

            В январе 2022 года в Республику Казахстан были направлены коллективные миротворческие силы ОДКБ.

            На основании статей 8 и 18 Федерального закона от 9 февраля 2009 г. № 8-ФЗ «Об обеспечении доступа к информации о деятельности государственных органов и органов местного самоуправления» прошу предоставить следующую информацию:

            4. Направлялось ли Российской Федерацией в Совет Безопасности ООН сообщение по статье 51 Устава ООН?
            5. Опубликовано ли правовое обоснование направления сил?

            Необходимость получения запрашиваемой информации, доступ к которой не ограничен, не обосновываю (пункт 3 статьи 8 указанного Федерального закона).

            Запрос подлежит рассмотрению в тридцатидневный срок со дня его регистрации (статья 18 указанного Федерального закона); с учётом срока регистрации ответ ожидается не позднее 14 февраля 2022 г.

            Ответ прошу направить на адрес электронной почты requests+r7.k7f2q9x1ab@rt.example.org либо по указанному почтовому адресу, указав в ответе номер RT-7.

            10 января 2022 г.
            Иванова Мария Сергеевна

            """,
            letter.Text);
    }

    [Fact]
    public async Task The_CSTO_which_no_law_binds_is_asked_in_Russian_and_given_the_advocates_own_day()
    {
        var csto = Russian with
        {
            Authority = new PartyModel("Секретариат Организации Договора о коллективной безопасности", "secretariat@csto.example.org")
            {
                Addressee = "В Секретариат Организации Договора о коллективной безопасности",
            },
            Law = new LawModel("Международная организация без закона о доступе к информации", "30 календарных дней", "в течение 30 календарных дней") { Binding = false },
            Questions = [new QuestionModel(3, "Как голосовало каждое государство — член ОДКБ при принятии решения о направлении сил?", "VoteRecords", "9 февраля 2022 г.", "", "", "")],
            Requester = Russian.Requester with { PostalAddress = string.Empty },
            Deadline = "9 февраля 2022 г.",
        };

        var letter = await Render("ru", "io-default", "request", csto);

        Assert.Equal("Обращение: Документы о направлении сил ОДКБ [RT-7]", letter.Subject);
        Assert.Equal(
            """
            В Секретариат Организации Договора о коллективной безопасности

            Заявитель: Иванова Мария Сергеевна
            Адрес электронной почты: requests+r7.k7f2q9x1ab@rt.example.org

            ОБРАЩЕНИЕ

            В январе 2022 года в Республику Казахстан были направлены коллективные миротворческие силы ОДКБ.

            Прошу предоставить следующую информацию:

            3. Как голосовало каждое государство — член ОДКБ при принятии решения о направлении сил?

            Настоящее обращение не основано на каком-либо правовом порядке доступа к информации и направляется в интересах открытости. Прошу по возможности направить ответ до 9 февраля 2022 г.

            Ответ прошу направить на адрес электронной почты requests+r7.k7f2q9x1ab@rt.example.org, указав в ответе номер RT-7.

            10 января 2022 г.
            Иванова Мария Сергеевна

            """,
            letter.Text);
        Assert.Null(DutyPhrases.Find("ru", letter.Text));
    }

    [Fact]
    public async Task The_UN_Security_Council_is_asked_in_English_and_told_no_duty()
    {
        var un = SampleModel.Create() with
        {
            Request = new RequestModel("RT-9", "Article 51 report on the CSTO deployment",
                "In January 2022 the CSTO sent a collective peacekeeping force to Kazakhstan.", string.Empty, "Monday 10 January 2022", "requests+r9.k7f2q9x1ab@rt.example.org"),
            Authority = new PartyModel("President of the UN Security Council", "president@un.example.org") { Addressee = "the President of the Security Council" },
            Law = new LawModel("UN Security Council", "14 calendar days", "within 14 calendar days") { Binding = false },
            Questions = [new QuestionModel(1, "Has any Member reported measures taken under Article 51 of the Charter in connection with the deployment, and if so, where is the report published?", "Article51Report", "Monday 24 January 2022", "", "", "")],
            Deadline = "Monday 24 January 2022",
            Requester = new RequesterModel("Maria Ivanova", string.Empty, "m.ivanova@example.org", string.Empty),
        };

        var letter = await Render("en", "un-charter-art51", "request", un);

        Assert.Equal(
            """
            the President of the Security Council

            Dear Sir or Madam,

            In January 2022 the CSTO sent a collective peacekeeping force to Kazakhstan.

            I would be grateful for the following information:

            1. Has any Member reported measures taken under Article 51 of the Charter in connection with the deployment, and if so, where is the report published?

            I make this request as a member of the public, not under an access-to-information law, and would be grateful for a reply by Monday 24 January 2022.

            Please send the information by email to requests+r9.k7f2q9x1ab@rt.example.org, keeping RT-9 in the subject.

            Yours faithfully,

            Maria Ivanova
            requests+r9.k7f2q9x1ab@rt.example.org

            """,
            letter.Text);
        Assert.Null(DutyPhrases.Find("en", letter.Text));
    }

    [Fact]
    public async Task The_complaint_to_the_higher_body_names_the_body_complained_of_and_asks_under_article_23()
    {
        var letter = await Render("ru", "ru-8-fz", "escalation-complaint", Russian with { Today = "5 марта 2022 г.", Sent = [new SentLetterModel("reminder", "Напоминание", "28 февраля 2022 г.")] });

        Assert.Equal("Жалоба на бездействие: Документы о направлении сил ОДКБ [RT-7]", letter.Subject);
        Assert.Equal(
            """
            Министру иностранных дел Российской Федерации

            Заявитель: Иванова Мария Сергеевна
            Почтовый адрес для ответа: 119002, г. Москва, ул. Арбат, д. 1, кв. 2
            Адрес электронной почты: requests+r7.k7f2q9x1ab@rt.example.org

            ЖАЛОБА
            на бездействие, выразившееся в непредоставлении ответа на запрос информации

            10 января 2022 г. заявителем направлен запрос информации (номер RT-7) на основании статей 8 и 18 Федерального закона от 9 февраля 2009 г. № 8-ФЗ «Об обеспечении доступа к информации о деятельности государственных органов и органов местного самоуправления». Адресат запроса — Министерство иностранных дел Российской Федерации.

            Запрос подлежал рассмотрению в срок, установленный статьёй 18 указанного Федерального закона. Этот срок истёк 14 февраля 2022 г.; напоминание, направленное 28 февраля 2022 г., также оставлено без ответа. Информация по следующим вопросам не предоставлена:

            4. Направлялось ли Российской Федерацией в Совет Безопасности ООН сообщение по статье 51 Устава ООН?
            5. Опубликовано ли правовое обоснование направления сил?

            Тем самым нарушено право заявителя на получение информации о деятельности государственных органов (пункт 1 статьи 8 указанного Федерального закона).

            На основании статьи 23 указанного Федерального закона прошу:
            1. Признать незаконным бездействие, выразившееся в непредоставлении ответа на запрос информации от 10 января 2022 г.
            2. Принять меры к тому, чтобы запрошенная информация была предоставлена заявителю.
            3. Сообщить заявителю о результатах рассмотрения жалобы не позднее 9 апреля 2022 г.

            Приложение: копия запроса информации от 10 января 2022 г. и напоминания от 28 февраля 2022 г.

            5 марта 2022 г.
            Иванова Мария Сергеевна

            """,
            letter.Text);
    }

    [Fact]
    public async Task A_complaint_claims_an_unanswered_reminder_only_when_one_was_sent()
    {
        // Catching up a request recorded late drafts its reminder for review: until the advocate sends it, no letter may say it went.
        foreach (var (language, law, binding) in new[] { ("ru", "ru-8-fz", true), ("ru", "io-default", true), ("ru", "io-default", false), ("en", "io-default", true), ("en", "io-default", false) })
        {
            var letter = await Render(language, law, "escalation-complaint", Russian with { Sent = [], Law = Russian.Law with { Binding = binding } });

            Assert.DoesNotContain("напоминани", letter.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("reminder", letter.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Приложение: копия запроса информации от 10 января 2022 г. и", letter.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_refused_question_is_complained_of_as_a_refusal_not_as_silence()
    {
        var refused = Russian with { Question = Russian.Questions[0] with { Outcome = "refused" } };

        var letter = await Render("ru", "ru-8-fz", "escalation-complaint", refused);

        Assert.Equal("Жалоба на отказ в предоставлении информации: Документы о направлении сил ОДКБ [RT-7]", letter.Subject);
        Assert.Contains("ЖАЛОБА\nна отказ в предоставлении информации по запросу\n", letter.Text, StringComparison.Ordinal);
        Assert.Contains("В предоставлении информации по следующим вопросам заявителю отказано (ответ прилагается):", letter.Text, StringComparison.Ordinal);
        Assert.Contains("1. Признать незаконным отказ в предоставлении информации по запросу от 10 января 2022 г.", letter.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("напоминание", letter.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_court_claim_says_whether_the_higher_body_was_complained_to_and_lists_what_to_attach()
    {
        var model = Russian with
        {
            Recipient = new PartyModel("Мещанский районный суд города Москвы", string.Empty) { Addressee = "В Мещанский районный суд города Москвы" },
            Authority = Russian.Authority with { Address = "119200, г. Москва, Смоленская-Сенная пл., д. 32/34" },
            Sent = [new SentLetterModel("reminder", "Напоминание", "28 февраля 2022 г."), new SentLetterModel("higher-body", "Жалоба в вышестоящий орган", "5 марта 2022 г.")],
        };

        var claim = await Render("ru", "ru-8-fz", "court-claim", model);
        var without = await Render("ru", "ru-8-fz", "court-claim", model with { Sent = [] });

        Assert.StartsWith(
            """
            В Мещанский районный суд города Москвы
            Административный истец: Иванова Мария Сергеевна
            дата и место рождения: ____________________
            место жительства: 119002, г. Москва, ул. Арбат, д. 1, кв. 2
            адрес электронной почты: m.ivanova@example.org
            Административный ответчик: Министерство иностранных дел Российской Федерации
            адрес: 119200, г. Москва, Смоленская-Сенная пл., д. 32/34

            АДМИНИСТРАТИВНОЕ ИСКОВОЕ ЗАЯВЛЕНИЕ
            об оспаривании бездействия
            """,
            claim.Text,
            StringComparison.Ordinal);
        Assert.Contains("5 марта 2022 г. административным истцом подана жалоба в вышестоящий орган (статья 23 указанного Федерального закона); ответ на жалобу не получен.", claim.Text, StringComparison.Ordinal);
        Assert.Contains("по электронной почте (info@mid.example.org) направлен запрос информации (номер RT-7)", claim.Text, StringComparison.Ordinal);
        Assert.Contains("2. Копия напоминания от 28 февраля 2022 г. и документ, подтверждающий его направление.\n3. Копия жалобы от 5 марта 2022 г. и документ, подтверждающий её направление.\n4. Документ, подтверждающий уплату государственной пошлины.\n5. Документ, подтверждающий направление", claim.Text, StringComparison.Ordinal);
        Assert.Contains("Жалоба в вышестоящий орган в порядке подчинённости не подавалась.", without.Text, StringComparison.Ordinal);
        Assert.Contains("\n2. Документ, подтверждающий уплату государственной пошлины.\n3. Документ, подтверждающий направление", without.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("напоминани", without.Text, StringComparison.Ordinal);
        Assert.EndsWith("«___» ____________ 20___ г.          ____________ / Иванова Мария Сергеевна\n", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru-8-fz", "административным истцом в адрес административного ответчика почтовым отправлением направлен запрос информации (номер RT-7)", "; запрос получен административным ответчиком 14 января 2022 г., что подтверждается сведениями о вручении почтового отправления. В запросе")]
    [InlineData("kz-401-v", "истцом в адрес ответчика почтовым отправлением направлен запрос информации (номер RT-7)", "; запрос получен ответчиком 14 января 2022 г., что подтверждается сведениями о вручении почтового отправления. В запросе")]
    public async Task A_court_claim_says_a_posted_request_went_by_post_and_when_it_was_delivered(string law, string sent, string received)
    {
        var posted = Russian with { Request = Russian.Request with { SentBy = "post", ReceivedOn = "14 января 2022 г." } };

        var claim = await Render("ru", law, "court-claim", posted);

        Assert.Contains("10 января 2022 г. " + sent, claim.Text, StringComparison.Ordinal);
        Assert.Contains(received, claim.Text, StringComparison.Ordinal);
        Assert.Contains("1. Копия запроса информации от 10 января 2022 г., документы, подтверждающие его направление и вручение.", claim.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("электронной почте (", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_English_court_claim_lists_only_the_letters_that_went_and_says_how_the_request_went()
    {
        var handed = Russian with { Request = Russian.Request with { SentBy = "hand" } };
        var sent = handed with { Sent = [new SentLetterModel("reminder", "Reminder to the information holder", "Monday 28 February 2022")] };

        var alone = await Render("en", "kz-401-v", "court-claim", handed);
        var after = await Render("en", "kz-401-v", "court-claim", sent);

        Assert.Contains(", by handing it in at the defendant's office.", alone.Text, StringComparison.Ordinal);
        Assert.Contains("Attached: a copy of the request of 10 января 2022 г. stamped by the defendant as received.", alone.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("reminder", alone.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The claimant then wrote again: Reminder to the information holder, sent Monday 28 February 2022. No answer has come.", after.Text, StringComparison.Ordinal);
        Assert.Contains("; the later letters listed above, with their proof of sending.", after.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1 календарный день", "в течение 1 календарного дня")]
    [InlineData(3, "3 календарных дня", "в течение 3 календарных дней")]
    [InlineData(11, "11 календарных дней", "в течение 11 календарных дней")]
    [InlineData(21, "21 календарный день", "в течение 21 календарного дня")]
    [InlineData(30, "30 календарных дней", "в течение 30 календарных дней")]
    public void Russian_counts_days_as_Russian_does(int days, string span, string within)
    {
        var period = new RequestTracker.Definitions.Calendars.LegalSpan(days, RequestTracker.Definitions.Calendars.SpanUnit.CalendarDays);

        Assert.Equal((span, within), (LetterWords.Span(period, "ru"), LetterWords.Within(period, "ru")));
    }

    [Fact]
    public void Russian_dates_take_the_genitive_month()
    {
        Assert.Equal("14 ноября 2026 г.", Deadline.Format.Words(new NodaTime.LocalDate(2026, 11, 14), "ru"));
        Assert.Equal("1 мая 2022 г.", Deadline.Format.Words(new NodaTime.LocalDate(2022, 5, 1), "ru"));
        Assert.Equal("Saturday 14 November 2026", Deadline.Format.Words(new NodaTime.LocalDate(2026, 11, 14), "en"));
    }

    [Fact]
    public void A_template_that_claims_a_duty_under_a_law_that_binds_no_one_is_refused_when_the_workflows_load()
    {
        var copy = Directory.CreateTempSubdirectory("rt-duty-");
        try
        {
            foreach (var file in Directory.GetFiles(ShippedDefinitions.Folder, "*", SearchOption.AllDirectories))
            {
                var target = file.Replace(ShippedDefinitions.Folder, copy.FullName, StringComparison.Ordinal);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var reminder = Path.Combine(copy.FullName, "templates", "ru", "reminder.txt");
            File.WriteAllText(reminder, File.ReadAllText(reminder).Replace("Прошу по возможности ответить до", "Вы обязаны ответить до", StringComparison.Ordinal));

            var (catalog, errors) = RequestTracker.Definitions.WorkflowLoader.Load(copy.FullName);

            Assert.Null(catalog);
            Assert.Contains(errors, e => e.File.EndsWith("reminder.txt", StringComparison.Ordinal) && e.Message.Contains("claims a duty (\"обязаны\") under 'io-default'", StringComparison.Ordinal));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_German_request_under_the_IFG_states_the_month_as_a_target_and_the_duty_as_without_delay()
    {
        var german = SampleModel.Create() with
        {
            Law = new LawModel("Informationsfreiheitsgesetz (IFG)", "ein Monat", "innerhalb eines Monats")
            {
                Soft = true,
                Genitive = "des Informationsfreiheitsgesetzes (IFG)",
                Right = "§ 1 Abs. 1",
                Time = "§ 7 Abs. 5",
                Appeal = "§ 9 Abs. 4",
            },
            Deadline = "7. Februar 2022",
        };

        var letter = await Render("de", "de-ifg", "request", german);
        var reminder = await Render("de", "de-ifg", "reminder", german);

        Assert.Contains("hiermit beantrage ich nach § 1 Abs. 1 des Informationsfreiheitsgesetzes (IFG) Zugang zu folgenden Informationen:", letter.Text, StringComparison.Ordinal);
        Assert.Contains("Nach § 7 Abs. 5 des Informationsfreiheitsgesetzes (IFG) ist mir die Information unverzüglich zugänglich zu machen; der Informationszugang soll innerhalb eines Monats erfolgen, also bis zum 7. Februar 2022.", letter.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("muss", letter.Text, StringComparison.Ordinal);
        Assert.Contains("dieser Zeitraum endete am 7. Februar 2022", reminder.Text, StringComparison.Ordinal);
        Assert.Null(DutyPhrases.FindBreach("de", reminder.Subject + "\n" + reminder.Text));
    }

    [Theory]
    [InlineData("1 month", "ein Monat", "innerhalb eines Monats")]
    [InlineData("3 months", "3 Monate", "innerhalb von 3 Monaten")]
    [InlineData("20 working days", "20 Arbeitstage", "innerhalb von 20 Arbeitstagen")]
    [InlineData("2 weeks", "2 Wochen", "innerhalb von 2 Wochen")]
    [InlineData("1 week", "eine Woche", "innerhalb einer Woche")]
    public void German_counts_periods_as_a_German_letter_does(string written, string span, string within)
    {
        Assert.True(LegalSpan.TryParse(written, out var period));

        Assert.Equal((span, within), (LetterWords.Span(period, "de"), LetterWords.Within(period, "de")));
        Assert.Equal("7. Februar 2022", Deadline.Format.Words(new NodaTime.LocalDate(2022, 2, 7), "de"));
    }

    [Fact]
    public void A_letter_that_calls_a_target_period_overdue_is_refused_when_the_workflows_load()
    {
        var copy = Directory.CreateTempSubdirectory("rt-soft-");
        try
        {
            foreach (var file in Directory.GetFiles(ShippedDefinitions.Folder, "*", SearchOption.AllDirectories))
            {
                var target = file.Replace(ShippedDefinitions.Folder, copy.FullName, StringComparison.Ordinal);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var reminder = Path.Combine(copy.FullName, "templates", "de", "reminder.txt");
            File.WriteAllText(reminder, File.ReadAllText(reminder).Replace("dieser Zeitraum endete am", "Sie sind seit dem", StringComparison.Ordinal)
                .Replace("Ich bitte Sie deshalb,", "säumig. Ich bitte Sie deshalb,", StringComparison.Ordinal));

            var (catalog, errors) = RequestTracker.Definitions.WorkflowLoader.Load(copy.FullName);

            Assert.Null(catalog);
            Assert.Contains(errors, e => e.File.EndsWith("reminder.txt", StringComparison.Ordinal) && e.Message.Contains("calls the period's passing a breach (\"säumig\") under 'de-ifg'", StringComparison.Ordinal));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_advocates_warning_threatens_a_lapse_only_where_the_law_sets_the_time()
    {
        var sample = SampleModel.Create();
        var statutory = await Render("en", "uk-foia-2000", "advocate-warning", sample);
        var practice = await Render("en", "nz-oia-1982", "advocate-warning", sample with { Rights = sample.Rights with { Name = "Complaint to the Ombudsman", Lapses = false } });

        Assert.Contains("may be refused as late", statutory.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("refused as late", practice.Text, StringComparison.Ordinal);
        Assert.Contains("The law sets no time limit for the complaint to the ombudsman", practice.Text, StringComparison.Ordinal);
        Assert.False(ShippedDefinitions.Catalog.Laws["nz-oia-1982"].Appeal!.Lapses);
        Assert.True(ShippedDefinitions.Catalog.Laws["uk-foia-2000"].Appeal!.Lapses);
    }

    private static Task<RenderedMail> Render(string language, string law, string kind, MailModel model) =>
        MailTemplateSet.Render(ShippedDefinitions.Catalog.Templates.Resolve(language, law, kind)!, model);
}
