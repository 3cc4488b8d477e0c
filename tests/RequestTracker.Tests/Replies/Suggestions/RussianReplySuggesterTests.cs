using RequestTracker.Replies.Suggestions;

namespace RequestTracker.Tests.Replies.Suggestions;

/// <summary>Russian replies read with Russian rules: 8-FZ refusals, forwarding, clarification, numbered references, and no English word firing.</summary>
public class RussianReplySuggesterTests
{
    private static LabelledSet Set(string name) => LabelledSet.Load(Path.Combine(AppContext.BaseDirectory, "data", name));

    /// <summary>The five questions of the CSTO case as asked in Russian (the labelled set's).</summary>
    private static readonly SuggestionQuestion[] Questions = [.. Set("labelled-replies-ru.json").Questions.Select((q, i) => new SuggestionQuestion(i + 11, i + 1, q.Category, q.Text))];

    private static ReplySuggestions Suggest(string text, string subject = "Ответ на запрос") => ReplySuggester.Suggest(new ReplyContent(subject, text, []), Questions);

    private static IEnumerable<string?> Actions(ReplySuggestions result) => result.Questions.OrderBy(q => q.Position).Select(q => q.Word());

    [Fact]
    public void A_refusal_under_article_20_of_8_FZ_is_a_refusal_of_the_question_it_names()
    {
        var result = Suggest("По вопросу 3 Вашего запроса сообщаем, что сведения о позициях государств — членов относятся к информации ограниченного доступа и предоставлению не подлежат.");

        Assert.Equal("ru", result.Language);
        Assert.Equal([null, null, "refused", null, null], Actions(result));
        Assert.Contains(result.Questions.Single(q => q.Position == 3).Evidence, e => e.Contains("\"ограниченного доступа\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blanket_refusal_citing_the_law_refuses_every_question_and_a_point_of_the_law_is_no_question()
    {
        var result = Suggest("Рассмотрев Ваш запрос, сообщаем, что в соответствии с пунктом 2 части 1 статьи 20 Федерального закона от 09.02.2009 № 8-ФЗ запрашиваемая информация не может быть предоставлена.");

        Assert.All(result.Questions, q => Assert.Equal(("refused", true), (q.Word(), q.Preselected)));
    }

    [Fact]
    public void Not_held_is_told_from_a_refusal_and_the_topic_words_find_the_question()
    {
        var result = Suggest("Отдельное правовое обоснование направления контингента не готовилось; документами такого рода Министерство не располагает.");

        Assert.Equal([null, null, null, null, "not-held"], Actions(result));
    }

    [Fact]
    public void An_extension_is_read_with_yo_or_without()
    {
        Assert.All(Suggest("Срок рассмотрения Вашего запроса продлён на 15 дней.").Questions, q => Assert.Equal("extension-announced", q.Word()));
        Assert.All(Suggest("Уведомляем о продлении срока рассмотрения Вашего запроса в связи с необходимостью получения сведений от иных органов.").Questions, q => Assert.Equal("extension-announced", q.Word()));
        Assert.All(Suggest("Предоставить ответ в установленный срок не представляется возможным, в связи с чем срок продлевается до 15 февраля.").Questions, q => Assert.Equal("extension-announced", q.Word()));
    }

    [Fact]
    public void A_request_forwarded_to_another_body_is_acknowledged_with_the_forwarding_as_evidence()
    {
        var whole = Suggest("Ваш запрос направлен по компетенции в Министерство обороны Российской Федерации.");
        Assert.All(whole.Questions, q => Assert.Equal("acknowledged", q.Word()));
        Assert.Contains(whole.Questions[0].Evidence, e => e.Contains("forwarded to another body", StringComparison.Ordinal));

        var part = Suggest("1. Обращение с просьбой о помощи поступило 5 января 2022 г. 4. Вопрос об уведомлении Совета Безопасности ООН переадресован в МИД России.");
        Assert.Equal(["answered", null, null, "acknowledged", null], Actions(part));
    }

    [Fact]
    public void A_request_for_clarification_is_clarification_asked_not_a_refusal()
    {
        Assert.Equal([null, "clarification-asked", null, null, null], Actions(Suggest("По вопросу 2 просим уточнить, какой именно документ Вы имеете в виду.")));
        Assert.All(Suggest("Содержание Вашего запроса не позволяет установить запрашиваемую информацию. Просим уточнить запрос.").Questions, q => Assert.Equal("clarification-asked", q.Word()));
    }

    [Fact]
    public void Numbered_references_ranges_ordinals_and_clauses_each_find_their_questions()
    {
        Assert.Equal(["refused", "refused", null, null, null], Actions(Suggest("Информация по пп. 1–2 составляет служебную тайну.")));
        Assert.Equal([null, null, "refused", null, "refused"], Actions(Suggest("Вопросы 3 и 5 касаются сведений, составляющих государственную тайну.")));
        Assert.Equal([null, null, null, "answered", null], Actions(Suggest("По четвёртому вопросу: уведомление направлено 7 января 2022 г.")));
        Assert.Equal(["answered", "refused", null, null, null], Actions(Suggest("По пункту 1 сообщают, что обращение поступило 5 января 2022 г.; по пункту 2 в предоставлении копии отказано.")));
    }

    [Fact]
    public void One_English_word_in_a_Russian_letter_fires_no_English_rule_nor_a_Russian_word_in_an_English_one()
    {
        var russian = Suggest("Получено письмо Секретариата; на конверте штамп «Confidential». В письме сообщается, что копия официального текста обращения прилагается.");
        Assert.Equal([null, "answered", null, null, null], Actions(russian));

        var english = ReplySuggester.Suggest(new ReplyContent("Re", "We enclose the minutes recording how each member state voted; the stamp on them reads «Секретно. Отказ».", []), Questions);
        Assert.Equal("en", english.Language);
        Assert.DoesNotContain(english.Questions, q => q.Word() is "refused" or "partially-answered");
    }

    [Fact]
    public void An_automatic_registration_is_an_acknowledgement_and_an_out_of_office_suggests_nothing()
    {
        var registered = Suggest("Ваше обращение зарегистрировано под № ОГ-1234. Сообщение сформировано автоматически, отвечать на него не нужно.", "Уведомление о регистрации");
        Assert.Equal("substantive", registered.Kind);
        Assert.All(registered.Questions, q => Assert.Equal(("acknowledged", true), (q.Word(), q.Preselected)));

        var away = Suggest("Я в отпуске до 24 января.", "Automatic reply: Запрос информации");
        Assert.Equal("automatic", away.Kind);
        Assert.All(away.Questions, q => Assert.Null(q.Word()));
    }

    [Fact]
    public void A_Russian_summary_whose_only_signal_is_a_stray_word_preselects_nothing()
    {
        var result = Suggest("Письмо получено по почте. Кратко: отказ; штамп «Restricted».");

        Assert.All(result.Questions, q => Assert.Equal(("refused", 0.5, false), (q.Word(), q.Confidence, q.Preselected)));
    }

    [Fact]
    public void The_Russian_labelled_set_has_at_least_thirty_replies_of_every_kind()
    {
        var set = Set("labelled-replies-ru.json");
        Assert.True(set.Replies.Count >= 30);
        var labels = string.Concat(set.Replies.Select(r => r.Labels));
        Assert.All("APRNKEC-", l => Assert.Contains(l, labels));
        Assert.All(set.Replies, r => Assert.Equal(set.Questions.Count, r.Labels.Length));
    }

    /// <summary>A floor just under the measured figures (the benchmark prints them): a change that makes Russian suggestions worse fails here.</summary>
    [Fact]
    public void Suggestions_on_the_Russian_labelled_set_stay_above_the_floor()
    {
        var pairs = Set("labelled-replies-ru.json").Run();
        var (precision, recall, _) = LabelledSet.Score(pairs, a => SuggestionWords.Is(a, "answered", "partially-answered"));
        var (refusedPrecision, refusedRecall, _) = LabelledSet.Score(pairs, a => SuggestionWords.Is(a, "refused"));
        var exact = pairs.Count(p => p.Expected == p.Suggested) / (double)pairs.Count;

        Assert.True(precision >= 0.95 && recall >= 0.95, $"answers: precision {precision:P0}, recall {recall:P0}");
        Assert.True(refusedPrecision >= 0.95 && refusedRecall >= 0.95, $"refused: precision {refusedPrecision:P0}, recall {refusedRecall:P0}");
        Assert.True(exact >= 0.95, $"exact action: {exact:P0}; wrong: {string.Join("; ", pairs.Where(p => p.Expected != p.Suggested).Select(p => $"{p.Reply} q{p.Position} {SuggestionWords.Word(p.Expected) ?? "-"}→{SuggestionWords.Word(p.Suggested) ?? "-"}"))}");
    }

    /// <summary>
    /// The held-out Russian replies were written after the Russian rules were frozen and never used to change them:
    /// their figures are the honest ones. This floor sits just under what they measured.
    /// </summary>
    [Fact]
    public void Suggestions_on_the_Russian_held_out_replies_stay_above_their_floor()
    {
        var pairs = Set("held-out-replies-ru.json").Run();
        var (precision, recall, _) = LabelledSet.Score(pairs, a => SuggestionWords.Is(a, "answered", "partially-answered"));
        var (refusedPrecision, refusedRecall, _) = LabelledSet.Score(pairs, a => SuggestionWords.Is(a, "refused"));
        var exact = pairs.Count(p => p.Expected == p.Suggested) / (double)pairs.Count;

        Assert.True(precision >= 0.65 && recall >= 0.60, $"answers: precision {precision:P0}, recall {recall:P0}");
        Assert.True(refusedPrecision >= 0.85 && refusedRecall >= 0.75, $"refused: precision {refusedPrecision:P0}, recall {refusedRecall:P0}");
        Assert.True(exact >= 0.85, $"exact action {exact:P0}");
    }
}
