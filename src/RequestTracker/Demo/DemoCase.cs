using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Definitions.Laws;
using RequestTracker.Requests;

namespace RequestTracker.Demo;

/// <summary>
/// Something recorded on question <paramref name="Position"/> some days ago (the demo replays it); <paramref name="Letter"/>: the
/// authority's letter it was recorded from, dated and arrived so many days ago — a few days before it was typed in, as post is.
/// </summary>
internal sealed record DemoAction(
    int Position, Definitions.Trigger Action, int DaysAgo, string? Note = null, string? DocumentReference = null, string? Exemption = null, int? Extension = null,
    (int Dated, int Arrived)? Letter = null);

internal sealed record DemoRequest(
    string OwnerEmail,
    string AuthorityName,
    string Language,
    string Title,
    string Body,
    string LegalBasis,
    IReadOnlyList<QuestionContent> Questions,
    int FiledDaysAgo,
    int? SentDaysAgo,
    IReadOnlyList<DemoAction> Actions);

/// <summary>The letter of a batch in one language: each authority gets the text in the language it corresponds in.</summary>
internal sealed record DemoText(string Title, string Body, IReadOnlyList<QuestionContent> Questions);

/// <summary>One letter to several authorities (<see cref="Batches.Batch"/>); <see cref="Actions"/> name the authority each happened at.</summary>
internal sealed record DemoBatch(
    string OwnerEmail,
    IReadOnlyDictionary<string, DemoText> Texts,
    IReadOnlyList<(string AuthorityName, string LegalBasis)> Authorities,
    int FiledDaysAgo,
    int SentDaysAgo,
    IReadOnlyList<(string AuthorityName, DemoAction Action)> Actions);

/// <summary>The data of the CSTO case (shared/SCENARIO.md). Addresses are on the reserved example.org domain.</summary>
internal static class DemoCase
{
    public const string Manager = "manager@example.org";
    public const string AdvocateA = "advocate.a@example.org";
    public const string AdvocateB = "advocate.b@example.org";

    /// <summary>An administrator too, so a newcomer sees the admin pages (users) without reading on.</summary>
    public const string Admin = "admin@example.org";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> Users =
    [
        (Manager, "Maria Manager", Roles.Manager),
        (AdvocateA, "Aliya Ismailova", Roles.Advocate),
        (AdvocateB, "Boris Kovalev", Roles.Advocate),
        (Admin, "Ada Admin", Roles.Admin),
    ];

    /// <summary>
    /// "Today" of the case told on its own dates (<c>--demo 2022</c>): 20 April 2022, so its first request went out on
    /// 10 January 2022, four days after the CSTO's Collective Security Council decided to deploy; what followed up to
    /// the present is replayed as it would have run.
    /// </summary>
    public static readonly DateTime StoryToday = new(2022, 4, 20, 9, 0, 0, DateTimeKind.Utc);

    public const string CstoSecretariat = "CSTO Secretariat";
    public const string RussianMfa = "Ministry of Foreign Affairs of the Russian Federation";
    public const string KazakhPresident = "Office of the President of the Republic of Kazakhstan";
    public const string UnscPresident = "President of the UN Security Council";
    public const string CstoChairman = "Chairman of the CSTO Collective Security Council";

    /// <summary>
    /// The bodies of the case, each corresponding in the language it works in (the CSTO and Russian and Kazakh state
    /// bodies in Russian, the UN Security Council in English), addressed as its letters address it, with the contacts
    /// its law's ladder writes to — but the UN's members, whom no single address reaches (the step waits for one).
    /// </summary>
    public static readonly IReadOnlyList<AuthorityFields> Authorities =
    [
        new(CstoSecretariat, "International organisation (CSTO)", "secretariat@csto.example.org", "Europe/Moscow", "io-default",
            [new EscalationContact { Position = 0, Kind = EscalationContactKind.HigherBody, Name = "Генеральный секретарь ОДКБ", Email = "sg@csto.example.org", Addressee = "Генеральному секретарю Организации Договора о коллективной безопасности" }])
        {
            Language = "ru",
            LetterName = "Секретариат Организации Договора о коллективной безопасности",
            Addressee = "В Секретариат Организации Договора о коллективной безопасности",
            PostalAddress = "101000, г. Москва, Сверчков пер., д. 3/2",
        },
        new(RussianMfa, "Russian Federation", "info@mid.example.org", "Europe/Moscow", "ru-8-fz",
            [
                new EscalationContact { Position = 0, Kind = EscalationContactKind.HigherBody, Name = "Министр иностранных дел Российской Федерации", Email = "minister@mid.example.org", Addressee = "Министру иностранных дел Российской Федерации" },
                new EscalationContact { Position = 1, Kind = EscalationContactKind.Court, Name = "Мещанский районный суд города Москвы", Email = string.Empty, Addressee = "В Мещанский районный суд города Москвы" },
            ])
        {
            Language = "ru",
            LetterName = "Министерство иностранных дел Российской Федерации",
            Addressee = "В Министерство иностранных дел Российской Федерации",
            PostalAddress = "119200, г. Москва, Смоленская-Сенная пл., д. 32/34",
        },
        new(KazakhPresident, "Republic of Kazakhstan", "press@akorda.example.org", "Asia/Almaty", "kz-401-v",
            [
                new EscalationContact { Position = 0, Kind = EscalationContactKind.HigherBody, Name = "Руководитель Администрации Президента Республики Казахстан", Email = "head@akorda.example.org", Addressee = "Руководителю Администрации Президента Республики Казахстан" },
                new EscalationContact { Position = 1, Kind = EscalationContactKind.Court, Name = "Специализированный межрайонный административный суд города Астаны", Email = string.Empty, Addressee = "В Специализированный межрайонный административный суд города Астаны" },
            ])
        {
            Language = "ru",
            LetterName = "Администрация Президента Республики Казахстан",
            Addressee = "В Администрацию Президента Республики Казахстан",
            PostalAddress = "010000, г. Астана, Акорда",
        },
        new(UnscPresident, "United Nations", "president.sc@un.example.org", "America/New_York", "un-charter-art51", [])
        {
            Language = "en",
            Addressee = "The President of the Security Council, United Nations",
        },
        new(CstoChairman, "International organisation (CSTO)", "chairman@csto.example.org", "Europe/Moscow", "io-default", [])
        {
            Language = "ru",
            LetterName = "Председатель Совета коллективной безопасности ОДКБ",
            Addressee = "Председателю Совета коллективной безопасности Организации Договора о коллективной безопасности",
        },
    ];

    /// <summary>Where the demo's advocates receive post: a law such as 8-FZ requires a request to give it.</summary>
    public static readonly IReadOnlyDictionary<string, string> PostalAddresses = new Dictionary<string, string>
    {
        [AdvocateA] = "050000, г. Алматы, пр. Абая, д. 10, кв. 5",
        [AdvocateB] = "119002, г. Москва, ул. Арбат, д. 1, кв. 2",
    };
}
