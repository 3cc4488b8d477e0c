using RequestTracker.Authorities;
using RequestTracker.Definitions.Laws;
using RequestTracker.Requests;
using RequestTracker.Users;

namespace RequestTracker.Demo;

/// <summary>
/// Something recorded on question <paramref name="Position"/> some days ago (the demo replays it); <paramref name="Letter"/>: the
/// authority's letter it was recorded from, dated and arrived so many days ago — a few days before it was typed in, as post is.
/// </summary>
internal sealed record DemoAction(
    int Position, string Action, int DaysAgo, string? Note = null, string? DocumentReference = null, string? Exemption = null, int? Extension = null,
    (int Dated, int Arrived)? Letter = null);

internal sealed record DemoRequest(
    string OwnerEmail,
    string AuthorityName,
    string Title,
    string Body,
    string LegalBasis,
    IReadOnlyList<QuestionContent> Questions,
    int FiledDaysAgo,
    int? SentDaysAgo,
    IReadOnlyList<DemoAction> Actions);

/// <summary>One letter to several authorities (<see cref="Batches.Batch"/>); <see cref="Actions"/> name the authority each happened at.</summary>
internal sealed record DemoBatch(
    string OwnerEmail,
    string Title,
    string Body,
    string LegalBasis,
    IReadOnlyList<QuestionContent> Questions,
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

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> Users =
    [
        (Manager, "Maria Manager", Roles.Manager),
        (AdvocateA, "Aliya Advocate", Roles.Advocate),
        (AdvocateB, "Boris Advocate", Roles.Advocate),
    ];

    private const string CstoSecretariat = "CSTO Secretariat";
    private const string RussianMfa = "Ministry of Foreign Affairs of the Russian Federation";
    private const string KazakhPresident = "Office of the President of the Republic of Kazakhstan";
    private const string UnscPresident = "President of the UN Security Council";
    private const string CstoChairman = "Chairman of the CSTO Collective Security Council";

    public static readonly IReadOnlyList<AuthorityFields> Authorities =
    [
        new(CstoSecretariat, "International organisation (CSTO)", "secretariat@csto.example.org", "Europe/Moscow", "io-default",
            [new EscalationContact { Position = 0, Kind = EscalationContactKind.HigherBody, Name = CstoChairman, Email = "chairman@csto.example.org" }]),
        new(RussianMfa, "Russian Federation", "info@mid.example.org", "Europe/Moscow", "ru-8-fz",
            [new EscalationContact { Position = 0, Kind = EscalationContactKind.Court, Name = "Meshchansky District Court of Moscow", Email = "court@mos.example.org" }]),
        new(KazakhPresident, "Republic of Kazakhstan", "press@akorda.example.org", "Asia/Almaty", "kz-401-v",
            [new EscalationContact { Position = 0, Kind = EscalationContactKind.OversightBody, Name = "Commission on Access to Information", Email = "commission@gov.example.org" }]),
        new(UnscPresident, "United Nations", "president.sc@un.example.org", "America/New_York", "un-charter-art51", []),
        new(CstoChairman, "International organisation (CSTO)", "chairman@csto.example.org", "Europe/Moscow", "io-default", []),
    ];

    private static readonly QuestionContent Timeline = new(QuestionCategory.Timeline,
        "When was the request for assistance made to the CSTO, and on whose initiative: that of the Republic of Kazakhstan or of the Russian Federation?");

    private static readonly QuestionContent RequestText = new(QuestionCategory.RequestText,
        "What were the precise terms of the request for assistance? Please provide a copy of the official text.");

    private static readonly QuestionContent VoteRecords = new(QuestionCategory.VoteRecords,
        "Were the CSTO's decision procedures followed? When and how did each member state vote on the deployment?");

    private static readonly QuestionContent Article51 = new(QuestionCategory.Article51Report,
        "Are the troops sent in exercise of collective self-defence under Article 51 of the UN Charter, and has the matter been reported to the Security Council?");

    private static readonly QuestionContent Justification = new(QuestionCategory.LegalJustification,
        "Has the legal justification for the deployment been published? If not, when will it be published?");

    public static readonly IReadOnlyList<DemoRequest> Requests =
    [
        new(AdvocateA, CstoSecretariat, "CSTO deployment to Kazakhstan, January 2022: request for documents",
            "We ask the Secretariat for the documents that show how the decision to deploy the collective peacekeeping force to Kazakhstan was requested and taken.",
            "Charter of the Collective Security Treaty Organization, Articles 3 and 5; UN Charter, Articles 2(4) and 103.",
            [Timeline, RequestText, VoteRecords, Justification], FiledDaysAgo: 45, SentDaysAgo: 44,
            [
                new(1, "acknowledged", 40, "The Secretariat confirmed receipt by telephone."),
                new(1, "answered", 20, DocumentReference: "CSTO Secretariat letter No. 1-12/84 of the Collective Security Council session record", Letter: (25, 22)),
                new(2, "refused", 18, Exemption: "Internal document of the Collective Security Council", Letter: (23, 21)),
            ]),
        new(AdvocateA, RussianMfa, "Legal basis of the Russian contingent in Kazakhstan",
            "Under Federal Law No. 8-FZ we ask for information on the legal basis of the participation of Russian forces in the CSTO operation in Kazakhstan.",
            "Federal Law No. 8-FZ of 9 February 2009, Articles 18 and 19.",
            [Article51, Justification], FiledDaysAgo: 31, SentDaysAgo: 30,
            [
                new(1, "acknowledged", 25, "Registered under No. 2201-22.", Letter: (27, 26)),
                new(2, "extension-announced", 22, "The Ministry needs to consult other bodies.", Extension: 15, Letter: (24, 23)),
            ]),
        new(AdvocateB, UnscPresident, "Article 51 report on the CSTO operation in Kazakhstan",
            "We ask whether any member of the CSTO has reported the measures taken in Kazakhstan to the Security Council under Article 51 of the Charter.",
            "Charter of the United Nations, Article 51.",
            [Article51], FiledDaysAgo: 2, SentDaysAgo: 2, []),
        new(AdvocateB, KazakhPresident, "Request for assistance to the CSTO: text and date",
            "Under the Law on access to information we ask for the text and the date of the request for assistance addressed to the CSTO.",
            "Law of the Republic of Kazakhstan No. 401-V of 16 November 2015, Article 11.",
            [Timeline, RequestText], FiledDaysAgo: 1, SentDaysAgo: null, []),
    ];

    /// <summary>
    /// The case as the advocate really runs it: the same five questions to four authorities under four regimes
    /// (a courtesy period, Russian and Kazakh access laws, the UN Charter's "immediately"), so the matrix shows
    /// answered, refused, partly answered, due-soon and escalated cells side by side.
    /// </summary>
    public static readonly DemoBatch Batch = new(
        AdvocateA,
        "CSTO deployment to Kazakhstan: the same five questions to every body involved",
        "We ask for the documents that show how the collective peacekeeping force came to be deployed to Kazakhstan in January 2022: who asked, in what terms, how the decision was taken and on what legal basis.",
        "UN Charter, Articles 2(4), 51 and 103; Charter of the Collective Security Treaty Organization, Articles 3 and 5.",
        [Timeline, RequestText, VoteRecords, Article51, Justification],
        [
            (CstoChairman, string.Empty),
            (RussianMfa, "Federal Law No. 8-FZ of 9 February 2009, Articles 18 and 19."),
            (KazakhPresident, "Law of the Republic of Kazakhstan No. 401-V of 16 November 2015, Article 11."),
            (UnscPresident, "Charter of the United Nations, Article 51."),
        ],
        FiledDaysAgo: 25,
        SentDaysAgo: 24,
        [
            (KazakhPresident, new DemoAction(2, "answered", 12, DocumentReference: "Akorda letter No. 01-2022/17 with the text of the appeal of 5 January 2022", Letter: (17, 14))),
            (CstoChairman, new DemoAction(1, "answered", 5, DocumentReference: "Protocol of the extraordinary session of 6 January 2022 (extract)", Letter: (9, 7))),
            (CstoChairman, new DemoAction(3, "refused", 3, Exemption: "Records of the Collective Security Council are not published", Letter: (7, 6))),
            (RussianMfa, new DemoAction(4, "partially-answered", 2, DocumentReference: "Statement of the Ministry of 7 January 2022", Exemption: "Correspondence with the Security Council is not disclosed", Letter: (6, 4))),
        ]);

    /// <summary>A letter that came by post to the batch's Kazakh request: an enclosure to release and a cover note to keep private.</summary>
    public static readonly (string From, string Subject, string Text, IReadOnlyList<(string Name, string Text)> Files) Letter = (
        "Office of the President of the Republic of Kazakhstan",
        "Letter No. 01-2022/31",
        "2. The text of the appeal of 5 January 2022 to the Chairman of the Collective Security Council is enclosed. 3. Information on the votes of member states is confidential and is not subject to disclosure.",
        [
            ("appeal-text.txt", "Appeal of the President of the Republic of Kazakhstan to the Chairman of the Collective Security Council, 5 January 2022. Official text."),
            ("cover-note-internal.txt", "Internal routing slip: prepared by the protocol department; contact desk officer by internal line."),
        ]);
}
