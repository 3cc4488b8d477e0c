using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RequestTracker.Handling;

namespace RequestTracker.Tests.Handling;

/// <summary>
/// The handlers' messages as a Russian page shows them, from the shipped Resources/Messages.ru.resx: the API keeps its
/// English; a page translates each message by its format and puts the arguments in again.
/// </summary>
public partial class MessageTranslationsTests
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Shipped = new(() =>
    {
        var folder = Path.GetDirectoryName(ShippedDefinitions.Folder)!;
        var resx = XDocument.Load(Path.Combine(folder, "src", "RequestTracker.Web", "Resources", "Messages.ru.resx"));
        return resx.Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
    });

    private static MessageTranslations Translations => new(Shipped.Value);

    [Fact]
    public void A_too_long_title_reads_in_Russian_without_the_field_name_and_the_api_keeps_its_English()
    {
        var errors = new ValidationErrors();
        errors.RequiredLine("title", new string('x', 201), 200);

        Assert.Equal("The field title must be at most 200 characters long.", errors.ToDictionary()["title"].Single());
        var message = errors.ToMessages()["title"].Single();
        Assert.Equal("The field {0} must be at most {1} characters long.", message.Format);
        Assert.Equal("Не длиннее 200 знаков.", Translations.Format(message, Russian));
    }

    [Fact]
    public void Someone_s_long_input_quoted_in_a_message_is_data_and_never_matched_against_the_formats()
    {
        // The crawler's 5,000 characters in a number field: ASP.NET quotes them back ("The value 'xxx…' is not valid
        // for …"); trying them against every pattern once timed out the regexes and failed the page with a 500.
        var input = new string('x', 5_000);
        Assert.Null(Translations.Sentence(input, Russian));
        Assert.Null(Translations.Sentence($"The value '{input}' is not valid for Extension.", Russian));
    }

    [Fact]
    public void Required_and_control_character_messages_are_translated_for_every_field()
    {
        var errors = new ValidationErrors();
        errors.RequiredText("questions[1].text", " ", 100);
        errors.RequiredLine("displayName", "a\nb", 100);

        Assert.Equal("Обязательное поле.", Translations.Format(errors.ToMessages()["questions[1].text"].Single(), Russian));
        Assert.Equal("Нужна одна строка, без переносов и управляющих символов.", Translations.Format(errors.ToMessages()["displayName"].Single(), Russian));
    }

    [Fact]
    public void Arguments_keep_their_place_and_take_the_language_number_and_date_format()
    {
        var errors = new ValidationErrors();
        errors.Add("files", $"{"scan.pdf"} is {12_345_678L:N0} bytes; the limit is {10_485_760L:N0} bytes per file.");
        errors.Add("receivedOn", $"The request was sent on {new DateOnly(2027, 3, 5):yyyy-MM-dd}; a reply cannot have arrived before that.");

        Assert.Equal("scan.pdf is 12,345,678 bytes; the limit is 10,485,760 bytes per file.", errors.ToDictionary()["files"].Single());
        Assert.Equal("Файл scan.pdf весит 12\u00a0345\u00a0678 Б, а допустимо не больше 10\u00a0485\u00a0760 Б на файл.", Translations.Format(errors.ToMessages()["files"].Single(), Russian));
        Assert.Equal("Запрос отправлен 05.03.2027; ответ не мог прийти раньше.", Translations.Format(errors.ToMessages()["receivedOn"].Single(), Russian));
    }

    [Fact]
    public void A_string_argument_that_is_a_known_text_is_translated_and_data_is_not()
    {
        var errors = new ValidationErrors();
        errors.Add("requester.phone", $"{string.Empty}A request under {"8-FZ"} must give {"a telephone number"}{string.Empty}: add it on your profile page (/account/profile), then send.");
        errors.Add("name", $"An authority named '{"Ministry of Justice"}' already exists.");

        Assert.Equal("8-FZ: в запросе нужно указать номер телефона. Добавьте эти сведения в профиле (/account/profile), затем отправьте запрос.",
            Translations.Format(errors.ToMessages()["requester.phone"].Single(), Russian));
        Assert.Equal("Адресат «Ministry of Justice» уже есть.", Translations.Format(errors.ToMessages()["name"].Single(), Russian));
    }

    [Fact]
    public void A_detail_that_came_rendered_is_matched_against_the_formats()
    {
        Assert.Equal("Письмо нельзя отправить ещё раз: статус — «отправлено».", Translations.Sentence("The letter is sent; it cannot be sent again.", Russian));
        Assert.Equal("Запрос отозван: изменить можно только черновик.", Translations.Sentence("The request is withdrawn; only a draft can be edited.", Russian));
        Assert.Equal("Слишком много неудачных попыток входа. Повторите через 30 с.", Translations.Sentence("Too many failed sign-in attempts; try again in 30 seconds.", Russian));
        Assert.Null(Translations.Sentence("Something nobody translated.", Russian));
    }

    [Fact]
    public void An_engine_refusal_names_the_state_and_the_law_in_the_page_language_through_the_pages_words()
    {
        // The pages' vocabulary and the law files hold these names; the translations ask them rather than copy them.
        var words = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["awaiting response"] = "Ожидается ответ",
            ["Test law"] = "Тестовый закон",
            ["15 calendar days"] = "15 календарных дней",
            ["20 calendar days"] = "20 календарных дней",
        };
        var translations = new MessageTranslations(Shipped.Value, w => words.GetValueOrDefault(w));

        Assert.Equal("Сейчас это действие недоступно: вопрос в состоянии «Ожидается ответ».",
            translations.Sentence("The action 'answered' is not permitted while the question is awaiting response.", Russian));
        Assert.Equal("Тестовый закон: срок можно продлить не больше чем на 15 календарных дней, а объявлено продление на 20 календарных дней.",
            translations.Sentence("Test law allows an extension of at most 15 calendar days; 20 calendar days was announced.", Russian));
        Assert.Equal("Для этого действия укажите основание отказа, на которое сослался адресат.",
            translations.Sentence("The action 'refused' must give the exemption the authority cited.", Russian));
    }

    [Fact]
    public void The_most_specific_format_wins_whatever_order_the_resources_come_in()
    {
        // "attachment {0} — its words match question {1}" and "{0} — its words match question {1} ({2})" both match an
        // attachment whose name ends in brackets; the longer literal text is the one meant.
        Assert.Equal("вложение vote (final).pdf — по словам относится к вопросу 2",
            Translations.Sentence("attachment vote (final).pdf — its words match question 2", Russian));
        Assert.Equal("«голосование» — по словам относится к вопросу 2 (голосование)",
            Translations.Sentence("«голосование» — its words match question 2 (голосование)", Russian));
        Assert.Equal("«Отказать» — в тексте назван вопрос 3",
            Translations.Sentence("«Отказать» — names question 3", Russian));
    }

    [Fact]
    public void A_plain_message_is_translated_as_a_whole_and_an_unknown_one_is_left_to_English()
    {
        var plain = (FormattableString)$"{"Passwords must be at least 12 characters."}";
        Assert.Equal("Пароль должен быть не короче 12 знаков.", Translations.Format(plain, Russian));

        var errors = new ValidationErrors();
        errors.Add("cursor", $"The cursor is not one this API returned.");
        Assert.Null(Translations.Format(errors.ToMessages()["cursor"].Single(), Russian));
        Assert.Null(MessageTranslations.None.Format(errors.ToMessages()["cursor"].Single(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_same_message_twice_on_a_field_is_kept_once()
    {
        var errors = new ValidationErrors();
        errors.Add("questionIds", $"Name from 1 to {50} questions of this request.");
        errors.Add("questionIds", $"Name from 1 to {50} questions of this request.");

        Assert.Single(errors.ToMessages()["questionIds"]);
    }

    [Fact]
    public void Every_translation_keeps_the_placeholders_it_uses_within_its_English_ones()
    {
        foreach (var (english, russian) in Shipped.Value)
        {
            var given = Placeholder().Matches(english).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var used = Placeholder().Matches(russian).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            Assert.True(used.IsSubsetOf(given), $"{english} → {russian}");
            Assert.DoesNotMatch("[A-Za-z]{4,}", Regex.Replace(Placeholder().Replace(russian, string.Empty), @"followUp|clarificationAnswer|IANA|Europe/Moscow|name@example\.org|NUL|/account/profile", string.Empty));
        }
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
