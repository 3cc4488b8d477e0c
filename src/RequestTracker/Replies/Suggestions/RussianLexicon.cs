using System.Text.RegularExpressions;
using RequestTracker.Requests;

namespace RequestTracker.Replies.Suggestions;

/// <summary>
/// The phrases of Russian official letters (8-FZ replies, Kazakh bodies writing in Russian, the CSTO Secretariat).
/// Stems, not words: Russian inflects ("отказ", "отказано", "в отказе"), and the signals read the text with ё as е.
/// </summary>
internal sealed partial class RussianLexicon : ReplyLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Dictionary<QuestionCategory, Regex[]> Topics = new()
    {
        [QuestionCategory.Timeline] = Patterns(@"инициатив", @"обращени\w*[^.;]{0,80}?(с просьбой|о помощи|за помощью|об оказании помощи)", @"\bдат[аеуыой]\b", @"хронолог", @"обратил(ся|ась|ись)\b"),
        [QuestionCategory.RequestText] = Patterns(@"текст\w* (обращени|документ|письм|послани)", @"копи\w* (официальн\w* )?(текст|обращени)", @"содержани\w* обращени", @"официальн\w* текст", @"формулировк"),
        [QuestionCategory.VoteRecords] = Patterns(@"голосовани", @"голосовал", @"(решени|заседани|сесси)\w* скб", @"консенсус", @"единоглас", @"протокол", @"порядо?к\w* принятия решени", @"процедур\w* (принятия|голосовани)", @"позици\w* (каждого )?государств", @"воздерж", @"государств\w*\s*[-—–]\s*член"),
        [QuestionCategory.Article51Report] = Patterns(@"\bст(\.|ать\w*)\s*51\b", @"совет\w* безопасности", @"самооборон", @"уведомлени\w*(?!\s+об?\s+(отсрочк|продлени|регистрац|переадресац))", @"уведомил", @"\bs/20", @"доклад"),
        [QuestionCategory.LegalJustification] = Patterns(@"правов\w* (обосновани|основани|позици|заключени|анализ)", @"опубликован", @"опубликовани", @"публикаци", @"заявлени", @"официальн\w* сайт", @"российской газет|официальн\w* (вестник|бюллетен|интернет-портал)"),
    };

    /// <summary>Endings cut from a word, longest first; what is left is cut to seven letters so "голосовали" meets "голосования".</summary>
    private static readonly string[] Endings =
    [
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ей",
        "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ию", "ия", "ии", "ью", "ть", "ся", "ла", "ло", "ли", "ны", "но", "на", "ет", "ют",
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
    ];

    private static readonly HashSet<string> Common = new[]
    {
        "когда", "каково", "каков", "какой", "если", "было", "была", "были", "будет", "этом", "этот", "также", "который", "согласно",
        "просим", "прошу", "предоставить", "запрос", "информация", "организации", "одкб", "оон", "республики", "казахстан", "российской",
        "федерации", "вопросу", "государство", "установленный", "порядке", "статья", "пункт", "часть", "федерального", "закона",
        "сообщаем", "уведомляем", "информируем", "направляем",
    }.Select(StemOf).ToHashSet(StringComparer.Ordinal);

    public override string Language => "ru";

    public override IReadOnlyList<(Signal Signal, Regex Pattern)> Signals { get; } =
    [
        (Signal.Clarification, Clarification()),
        (Signal.NotHeld, NotHeld()),
        (Signal.Refused, Refused()),
        (Signal.Extension, Extension()),
        (Signal.Forwarded, Forwarded()),
        (Signal.Acknowledged, Acknowledged()),
        (Signal.Answer, Answer()),
        (Signal.Fact, Fact()),
        (Signal.Opener, Opener()),
    ];

    public override Regex Automatic => AutomaticReply();

    public override Regex Numbered => NumberedReference();

    public override Regex Ordinal => OrdinalReference();

    public override IReadOnlyList<string> Ordinals { get; } = ["перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят"];

    public override Regex All => AllQuestions();

    public override Regex WholeRequest => Whole();

    public override Regex SentenceBreak => Break();

    public override Regex? Citation => LawCitation();

    public override IReadOnlySet<string> Stopwords => Common;

    public override IReadOnlyList<Regex> Topic(QuestionCategory category) => Topics.GetValueOrDefault(category) ?? [];

    public override string Stem(string word) => StemOf(word);

    public override string Fold(string text) => FoldOf(text);

    private static string StemOf(string word)
    {
        var w = FoldOf(word).ToLowerInvariant();
        var ending = Endings.FirstOrDefault(e => w.Length - e.Length >= 4 && w.EndsWith(e, StringComparison.Ordinal));
        w = ending is null ? w : w[..^ending.Length];
        return w.Length > 7 ? w[..7] : w;
    }

    private static string FoldOf(string text) => text.Replace('ё', 'е').Replace('Ё', 'Е').Replace('\u00A0', ' ');

    /// <summary>
    /// The CSTO's Collective Security Council is not the UN Security Council, and neither are the national Security
    /// Councils of Kazakhstan and Russia: only the last names the Article 51 report.
    /// </summary>
    public override string Normalize(string text) =>
        NationalCouncil().Replace(CollectiveCouncil().Replace(Fold(text).ToLowerInvariant(), "скб"), "совбез страны");

    private static Regex[] Patterns(params string[] patterns) => [.. patterns.Select(p => new Regex(p, Options))];

    [GeneratedRegex(@"\bв отпуске\b|\bв командировке\b|\bна больничном\b|\bотсутствую\b|вне офиса|временно отсутству|не удалось доставить|отсутствую на рабочем месте|автоматическ\w* ответ|\bавтоответ|не доставлен|недоставлен|ящик переполнен|адрес не существует|не предназначен\w* для (приема|получения)", Options)]
    private static partial Regex AutomaticReply();

    /// <summary>A request whose content does not let the body tell what is asked (8-FZ art. 20(1)(1)) is met by a request to clarify it.</summary>
    [GeneratedRegex(@"просим (вас )?(уточнить|конкретизировать|пояснить)|\b(уточните|конкретизируйте|поясните)\b|уточнит\w* (ваш\w* )?(запрос|вопрос|обращени|формулировк|предмет)|не позволяет (установить|определить)|необходимо уточн|требует\w* уточнени", Options)]
    private static partial Regex Clarification();

    [GeneratedRegex(@"не располага|не облада\w* (информаци|сведени)|не име(ет|ем|ют)\b(?! возможност)|не имеется|не имеются|отсутству(ет|ют)\b(?! возможност)|не обнаружен|не найден|не хран(ит|ят|ится|ятся)\b|не вел(ся|ись|ось|ась)\b|не готовил|не составлял|не разрабатывал|не существует", Options)]
    private static partial Regex NotHeld();

    /// <summary>
    /// The grounds of 8-FZ art. 20 and their everyday wording; "не представляется возможным" only when not about a time
    /// limit (that is an extension: "в установленный срок ответить не представляется возможным").
    /// </summary>
    [GeneratedRegex(@"\bотказ|не подлеж\w* (предоставлени|разглашени|раскрыти|опубликовани|публикаци)|(предоставлени|разглашени|раскрыти|опубликовани|публикаци)\w* не подлеж|не мо(жет|гут) быть (предоставлен|раскрыт|опубликован|разглашен|сообщен)|предоставлен\w* быть не мо|не (предоставля|раскрыва|разглаша|публику)(ет|ют)(ся)?\b|ограниченного (доступа|распространения)|служебн\w* тайн|государственн\w* (тайн|секрет)|\bсекретн|конфиденциальн|для служебного пользования|\bдсп\b|\bгриф|персональн\w* данн|\bизъят|(?<!срок\w*[^.;]{0,80})не представляется возможным|не вправе (предоставить|раскрыть|сообщить)|не име\w* возможност\w* (предостав|сообщ|раскры)|не относ\w* к (компетенции|ведению|полномочиям|сфере|деятельности)|правов\w* оценк|\bст(\.|ать\w*)\s*20\b[^;!?\n]{0,120}?8-фз", Options)]
    private static partial Regex Refused();

    [GeneratedRegex(@"срок\w*[^.;]{0,80}продл|рассмотрени\w*[^.;]{0,40}продл|продл\w*[^.;]{0,40}срок|отсрочк|уведомляем о продлении|дополнительн\w* (время|срок)|срок\w*[^.;]{0,60}(увелич|перенес)", Options)]
    private static partial Regex Extension();

    /// <summary>Sent on to the body that holds it (8-FZ art. 18(4)): the lifecycle records it as acknowledged.</summary>
    [GeneratedRegex(@"по (компетенции|принадлежности|подведомственности)|перенаправ|переадрес|пересла|для (рассмотрения|ответа) по существу", Options)]
    private static partial Regex Forwarded();

    [GeneratedRegex(@"зарегистрирован|регистрационн\w* (номер|№)|принят\w* к рассмотрению|\bвх(од\w*)?\.?\s*№|находится на рассмотрении|будет рассмотрен|рассматривается|подтвержда\w* (получение|поступление|регистрацию)|ваш\w* (запрос|обращени|письм)\w* (получен|поступил)|ответ будет (направлен|дан|подготовлен)|в установленн\w* (законом )?срок|передан\w* в (профильн|структурн|соответствующ|компетентн)\w* подразделени|для подготовки ответа", Options)]
    private static partial Regex Acknowledged();

    [GeneratedRegex(@"направляем|прилага|\bприложени|во вложении|представляем|предоставляем|размещен\w* на (официальн\w* )?сайт|доступ\w* по (адресу|ссылке)", Options)]
    private static partial Regex Answer();

    /// <summary>A date, unless it is a document's ("письмом от 7 января" — the verb beside it says what happened), or a past act.</summary>
    [GeneratedRegex(@"(?<!\bот\s)\b\d{1,2} (январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|\b(поступил\w*|обратил(ся|ась|ись)|принят[оа]?|принял[аи]?|состоял(ось|ся|ась|ись)|проголосовал\w*|голосовал[аи]?|опубликован(?!и)\w*|размещен(?!и)\w*|уведомил[аи]?|направлен[оаы]?|направлял(ось|ся|ись)|подписан[оаы]?|единогласно|консенсусом)\b", Options)]
    private static partial Regex Fact();

    [GeneratedRegex(@"\bсообща(ю|ем|ет|ют)\b|\bинформиру(ю|ем|ет|ют)\b|доводим до (вашего )?сведения|на ваш\w* (запрос|обращени|письм)|рассмотрев ваш", Options)]
    private static partial Regex Opener();

    /// <summary>"по пункту 2", "по вопросу 3", "пп. 1–2", "вопросы 1, 3 и 5".</summary>
    [GeneratedRegex(@"(?:\bвопрос\w*|\bпункт\w*|\bпп?\.)\s*((?:\d{1,2}\s*(?:,|\bи\b|\bили\b|-|–|—)?\s*)+)", Options)]
    private static partial Regex NumberedReference();

    [GeneratedRegex(@"^\s*(?:ч\.|част|ст\.|стат|закон|федерал|указ|положени|устав|договор|кодекс|конвенц)", Options)]
    private static partial Regex LawCitation();

    /// <summary>"по первому вопросу", "по третьему и пятому пунктам": group 1 holds every ordinal.</summary>
    [GeneratedRegex(@"\b((?:(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)\w*(?:\s*(?:,|\bи\b)\s*)?)+)\s+(?:вопрос|пункт)", Options)]
    private static partial Regex OrdinalReference();

    [GeneratedRegex(@"\b(?:вс(?:е|ем|ех)|кажд\w*)\s+(?:\w+\s+){0,2}?(?:вопрос|пункт)", Options)]
    private static partial Regex AllQuestions();

    [GeneratedRegex(@"\bваш\w* (запрос|обращени|письм)|\bзапрашиваем\w* (вами )?(информаци|сведени|документ)|\bзапрошенн|поставленн\w* (в запросе |вами )?вопрос", Options)]
    private static partial Regex Whole();

    /// <summary>
    /// A sentence ends before a capital (or a numbered answer "2. "), never after an initial ("А.В. Петров") or
    /// the abbreviations of legal citations and letterheads ("ст. 20", "пп. 1–2", "вх. №", "на 3 л.").
    /// </summary>
    [GeneratedRegex(@"(?<=[.!?…])(?<!(?<![\p{L}\p{N}])(?:\d{1,2}|\p{Lu}|ст|пп?|ч|вх|исх|тел|экз|л|им|см|т|д|гл|исп)\.)\s+(?=[^\p{Ll}№\d]|\d{1,2}[.)]\s)|\n+")]
    private static partial Regex Break();

    [GeneratedRegex(@"совет\w* коллективной безопасности", Options)]
    private static partial Regex CollectiveCouncil();

    [GeneratedRegex(@"совет\w* безопасности (республики казахстан|российской федерации|рф|рк)\b", Options)]
    private static partial Regex NationalCouncil();
}
