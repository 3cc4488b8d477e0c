using RequestTracker.Definitions;
using RequestTracker.Requests;
using static RequestTracker.Demo.DemoCase;

namespace RequestTracker.Demo;

/// <summary>
/// What the demo's advocates wrote: the commentary's five questions in Russian to the CSTO and to Russian and Kazakh
/// state bodies, in English to the UN Security Council — each written in that language, none translated by the product.
/// </summary>
internal static class DemoTexts
{
    private static readonly QuestionContent Timeline = new(QuestionCategory.Timeline,
        "Когда и по чьей инициативе — Республики Казахстан или Российской Федерации — в ОДКБ была направлена просьба о помощи?");

    private static readonly QuestionContent RequestText = new(QuestionCategory.RequestText,
        "Каков точный текст просьбы о помощи? Прошу предоставить копию её официального текста.");

    private static readonly QuestionContent VoteRecords = new(QuestionCategory.VoteRecords,
        "Были ли соблюдены процедуры принятия решений ОДКБ? Когда и как голосовало каждое государство — член ОДКБ по вопросу о направлении сил?");

    private static readonly QuestionContent Article51 = new(QuestionCategory.Article51Report,
        "Направлены ли войска в порядке осуществления права на коллективную самооборону в соответствии со статьёй 51 Устава ООН и было ли об этом сообщено Совету Безопасности ООН?");

    private static readonly QuestionContent Justification = new(QuestionCategory.LegalJustification,
        "Опубликовано ли правовое обоснование направления сил? Если нет, когда оно будет опубликовано?");

    private static readonly IReadOnlyList<QuestionContent> English =
    [
        new(QuestionCategory.Timeline, "When was the request for assistance made to the CSTO, and on whose initiative: that of the Republic of Kazakhstan or of the Russian Federation?"),
        new(QuestionCategory.RequestText, "What were the precise terms of the request for assistance? Please provide a copy of the official text."),
        new(QuestionCategory.VoteRecords, "Were the CSTO's decision procedures followed? When and how did each member state vote on the deployment?"),
        new(QuestionCategory.Article51Report, "Has any Member reported to the Security Council, under Article 51 of the Charter, measures taken in connection with the deployment, and if so, where is the report published?"),
        new(QuestionCategory.LegalJustification, "Has the legal justification for the deployment been published? If not, when will it be published?"),
    ];

    public static readonly IReadOnlyList<DemoRequest> Requests =
    [
        new(AdvocateA, CstoSecretariat, "ru", "Направление сил ОДКБ в Казахстан в январе 2022 года: запрос документов",
            "Прошу предоставить документы, из которых видно, как была запрошена помощь и как было принято решение о направлении коллективных миротворческих сил ОДКБ в Республику Казахстан в январе 2022 года.",
            "Устав Организации Договора о коллективной безопасности, статьи 3 и 5; Устав ООН, пункт 4 статьи 2 и статья 103.",
            [Timeline, RequestText, VoteRecords, Justification], FiledDaysAgo: 45, SentDaysAgo: 44,
            [
                new(1, Trigger.Acknowledged, 40, "The Secretariat confirmed receipt by telephone."),
                new(1, Trigger.Answered, 20, DocumentReference: "CSTO Secretariat letter No. 1-12/84 of the Collective Security Council session record", Letter: (25, 22)),
                new(2, Trigger.Refused, 18, Exemption: "Internal document of the Collective Security Council", Letter: (23, 21)),
            ]),
        new(AdvocateA, RussianMfa, "ru", "Правовые основания участия российского контингента в операции ОДКБ в Казахстане",
            "Прошу предоставить информацию о правовых основаниях участия российских военнослужащих в операции ОДКБ в Республике Казахстан в январе 2022 года.",
            string.Empty, [Article51, Justification], FiledDaysAgo: 31, SentDaysAgo: 30,
            [
                new(1, Trigger.Acknowledged, 25, "Registered under No. 2201-22.", Letter: (27, 26)),
                new(2, Trigger.ExtensionAnnounced, 22, "The Ministry needs to consult other bodies.", Extension: 15, Letter: (24, 23)),
            ]),
        // Silent for months: its ladder has drafted the complaint to the Minister (waiting for review) and the court claim (to file).
        new(AdvocateA, RussianMfa, "ru", "Состав и численность российского контингента в Казахстане",
            "Прошу предоставить сведения о составе и численности российских военнослужащих, направленных в Республику Казахстан в январе 2022 года в составе коллективных миротворческих сил ОДКБ.",
            string.Empty, [VoteRecords with { Text = "Каким решением и с какого числа определялась численность российского контингента?" }], FiledDaysAgo: 101, SentDaysAgo: 100, []),
        new(AdvocateB, UnscPresident, "en", "Article 51 report on the CSTO operation in Kazakhstan",
            "I write to ask whether any Member of the United Nations has reported to the Security Council measures taken in connection with the deployment of the CSTO collective peacekeeping force to Kazakhstan in January 2022.",
            string.Empty, [English[3]], FiledDaysAgo: 2, SentDaysAgo: 2, []),
        new(AdvocateB, KazakhPresident, "ru", "Обращение Республики Казахстан за помощью к ОДКБ: текст и дата",
            "Прошу предоставить текст и дату обращения Республики Казахстан за помощью, направленного в ОДКБ в январе 2022 года.",
            string.Empty, [Timeline, RequestText], FiledDaysAgo: 1, SentDaysAgo: null, []),
    ];

    /// <summary>
    /// The case as the advocate really runs it: the same five questions to four authorities under four regimes (a
    /// courtesy period, Russian and Kazakh access laws, the UN Security Council that owes no answer), in Russian and in
    /// English, so the matrix shows answered, refused, partly answered, due-soon and escalated cells side by side.
    /// </summary>
    public static readonly DemoBatch Batch = new(
        AdvocateA,
        new Dictionary<string, DemoText>
        {
            ["ru"] = new("Направление сил ОДКБ в Казахстан: одни и те же пять вопросов каждому органу",
                "Прошу предоставить документы, из которых видно, как коллективные миротворческие силы ОДКБ были направлены в Республику Казахстан в январе 2022 года: кто обратился за помощью, в каких выражениях, как было принято решение и на каком правовом основании.",
                [Timeline, RequestText, VoteRecords, Article51, Justification]),
            ["en"] = new("CSTO deployment to Kazakhstan: the same five questions to every body involved",
                "I ask for the documents that show how the CSTO collective peacekeeping force came to be deployed to Kazakhstan in January 2022: who asked for it, in what terms, how the decision was taken and on what legal basis.",
                English),
        },
        [
            (CstoChairman, "Устав ОДКБ, статьи 3 и 5; Устав ООН, пункт 4 статьи 2 и статья 103."),
            (RussianMfa, string.Empty),
            (KazakhPresident, string.Empty),
            (UnscPresident, "Charter of the United Nations, Articles 2(4), 51 and 103."),
        ],
        FiledDaysAgo: 25,
        SentDaysAgo: 24,
        [
            (KazakhPresident, new DemoAction(2, Trigger.Answered, 12, DocumentReference: "Akorda letter No. 01-2022/17 with the text of the appeal of 5 January 2022", Letter: (17, 14))),
            (CstoChairman, new DemoAction(1, Trigger.Answered, 5, DocumentReference: "Protocol of the extraordinary session of 6 January 2022 (extract)", Letter: (9, 7))),
            (CstoChairman, new DemoAction(3, Trigger.Refused, 3, Exemption: "Records of the Collective Security Council are not published", Letter: (7, 6))),
            (RussianMfa, new DemoAction(4, Trigger.PartiallyAnswered, 2, DocumentReference: "Statement of the Ministry of 7 January 2022", Exemption: "Correspondence with the Security Council is not disclosed", Letter: (6, 4))),
        ]);

    /// <summary>A letter that came by post to the batch's Kazakh request: an enclosure to release and a cover note to keep private.</summary>
    public static readonly (string From, string Subject, string Text, IReadOnlyList<(string Name, string Text)> Files) Letter = (
        "Администрация Президента Республики Казахстан",
        "Исх. № 01-2022/31",
        "По пункту 2: текст обращения от 5 января 2022 года к Председателю Совета коллективной безопасности прилагается. По пункту 3: сведения о голосовании государств-членов носят конфиденциальный характер и разглашению не подлежат.",
        [
            ("appeal-text.txt", "Обращение Президента Республики Казахстан к Председателю Совета коллективной безопасности ОДКБ от 5 января 2022 года. Официальный текст."),
            ("cover-note-internal.txt", "Сопроводительный лист для внутреннего пользования: подготовлено протокольной службой; контактное лицо — по внутреннему телефону."),
        ]);
}
