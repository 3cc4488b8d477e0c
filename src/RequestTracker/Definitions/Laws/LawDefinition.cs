using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Definitions.Laws;

internal enum ClarificationEffect
{
    /// <summary>The full response time starts again when the clarification arrives (UK FOIA s.1(3), EU 1049/2001 art. 6(2)).</summary>
    Restart,

    /// <summary>The clock stops and resumes with the time that was left (US FOIA tolling).</summary>
    Pause,
}

/// <summary>Where a transferred request's time runs from at the body it went to.</summary>
internal enum TransferClock
{
    /// <summary>From the day the body it went to received it: the full time again (8-FZ art. 18(7); the default where a law says nothing).</summary>
    Restart,

    /// <summary>From the first receipt, as if made to the second body then (Canada's ATIA s.8(2)).</summary>
    Continue,
}

/// <summary>
/// What a law says of passing a request to another body: how long the first body has to do it (<see cref="Within"/>,
/// counted from registration where the law registers requests, else from receipt) and where the time then runs from.
/// </summary>
internal sealed record TransferRule(LegalSpan? Within, TransferClock Clock)
{
    /// <summary>A law silent on transfers: the body it went to received a request that day, and its own time runs from then.</summary>
    public static TransferRule Silent { get; } = new(null, TransferClock.Restart);
}

/// <summary>How an authority may extend its own deadline: by at most <see cref="By"/>, at most <see cref="Times"/> times.</summary>
internal sealed record ExtensionRule(LegalSpan By, int Times, LegalSpan? NoticeWithin);

/// <summary>
/// The advocate's own deadline after a refusal or partial answer (e.g. the last day to appeal), when to
/// warn, and which ladder step the appeal is (<see cref="Step"/>): escalating a refused question starts
/// there, not at a reminder for silence.
/// </summary>
internal sealed record AppealRule(string Name, LegalSpan Within, LegalSpan WarnBefore, string? Step)
{
    /// <summary>
    /// Whether the law itself sets <see cref="Within"/> (a late appeal may be refused). False where it sets none and the
    /// window is a practice date kept so the appeal is not forgotten (New Zealand's Ombudsman, Texas, California): the
    /// warning then says so instead of threatening a lapse that does not exist.
    /// </summary>
    public bool Lapses { get; init; } = true;

    /// <summary>The name in other languages than English (<c>names: { ru: … }</c>), for letters and pages in them.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = DefinitionNames.None;

    public string NameIn(string language) => Names.GetValueOrDefault(language) ?? Name;
}

/// <summary>
/// One step of the escalation ladder. The first step starts <see cref="Starts"/> after the response
/// deadline, each later one that long after the previous step's <see cref="Window"/> has run out.
/// <see cref="To"/> is "authority", "advocate" or "escalation:KIND" (an escalation contact of the authority).
/// </summary>
internal sealed record LadderStep(string Id, string Name, LegalSpan Starts, LegalSpan Window, Recipient To, string Template)
{
    /// <summary>Where the template name is written, so a missing template is reported at that line.</summary>
    public (int Line, int Column) TemplateAt { get; init; }

    public StepKind Kind { get; init; } = StepKind.Letter;

    /// <summary>
    /// The step's letter waits as a draft the advocate reads, may edit and sends with one click. Complaints, appeals
    /// and filings do by default; a reminder to the authority itself goes out on its own.
    /// </summary>
    public bool Review { get; init; }

    /// <summary>The step's name in other languages than English (<c>names: { ru: … }</c>): a Russian note names the step in Russian.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = DefinitionNames.None;

    public string NameIn(string language) => Names.GetValueOrDefault(language) ?? Name;
}

internal sealed record LawDefinition(
    string Id,
    string Name,
    string CalendarId,
    LegalSpan Response,
    bool LastDayRollsToWorkingDay,
    ExtensionRule? Extension,
    ClarificationEffect Clarification,
    AppealRule? Appeal,
    IReadOnlyList<LadderStep> Ladder,
    string Hash)
{
    /// <summary>Where the calendar id is written, so an unknown calendar is reported at that line.</summary>
    public (int Line, int Column) CalendarAt { get; init; }

    /// <summary>
    /// When the response period runs from registration, not receipt: the longest the authority may take
    /// to register a request (Russia 8-FZ art. 18(5): three days). The deadline then lies between the one
    /// counted from receipt (registered at once) and the one counted from the last day of registration.
    /// </summary>
    public LegalSpan? Registration { get; init; }

    /// <summary>
    /// The rung a refusal's escalation starts at: the appeal the law names (<c>appeal.step</c>), else the first rung that is
    /// not a reminder to the authority itself — a refusal is an answer, and reminding the body of its silence would be false.
    /// </summary>
    public int RefusalStart
    {
        get
        {
            var ladder = Ladder.ToList();
            if (Appeal?.Step is { } appeal && ladder.FindIndex(s => s.Id == appeal) is >= 0 and var at)
            {
                return at;
            }

            var first = ladder.FindIndex(s => !(s.To == Recipient.Authority && s.Template == "reminder"));
            return first < 0 ? 0 : first;
        }
    }

    /// <summary>The rules a law file may cite a source for.</summary>
    public static readonly string[] SourceKeys = ["registration", Instants.Acknowledgement, "response", "lastDayRollsToWorkingDay", "extension", "clarification", "appeal", "ladder", "languages", "requester", "binding", "soft", "transfer"];

    /// <summary>The law's rule for a request passed to another body; <see cref="TransferRule.Silent"/> where the file states none.</summary>
    public TransferRule Transfer { get; init; } = TransferRule.Silent;

    /// <summary>
    /// A second, earlier deadline on each question: the time the law gives to acknowledge receipt (Australia's FOI Act
    /// s.15(5)(a): 14 days), counted from receipt like the response. Passing it without an acknowledgement sends the
    /// authority the <c>acknowledgement-reminder</c> letter; the response deadline runs on regardless.
    /// </summary>
    public LegalSpan? Acknowledgement { get; init; }

    /// <summary>
    /// Whether the law obliges the authority to answer. A regime that binds no one (an international organisation
    /// without an access law, the UN Security Council) gets letters that ask: its response time is the advocate's
    /// own courtesy period, and no letter may say "you must".
    /// </summary>
    public bool Binding { get; init; } = true;

    /// <summary>
    /// The response period is a target the law says the answer "should" come within (Germany's IFG § 7(5): "soll
    /// innerhalb eines Monats"), not a time limit: the ladder may follow it, but no letter or page calls its passing a
    /// breach, and the question is "past the target", not overdue.
    /// </summary>
    public bool Soft { get; init; }

    /// <summary>The languages a request may be written in (ISO 639-1), the first the default; its source is <c>sources.languages</c>.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    /// <summary>What a request must say about the requester (checked before sending).</summary>
    public IReadOnlySet<RequesterDetail> Requester { get; init; } = new HashSet<RequesterDetail>();

    /// <summary>The law's name and provisions as each language's letters cite them.</summary>
    public IReadOnlyDictionary<string, LawCitation> Citations { get; init; } = new Dictionary<string, LawCitation>();

    /// <summary>
    /// For a response due "immediately": how long after sending the question counts as overdue and the ladder may
    /// start. Without it an immediate duty would be overdue at the instant of sending.
    /// </summary>
    public LegalSpan? OverdueAfter { get; init; }

    /// <summary>The span the runtime's timers count: the response time, or for "immediately" the period after which it is overdue.</summary>
    public LegalSpan Counted => Response.Unit == SpanUnit.Immediately && OverdueAfter is { } after ? after : Response;

    /// <summary>The law's label in other languages than English (<c>names: { ru: … }</c>), as pages in that language list it.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = DefinitionNames.None;

    public string NameIn(string language) => Names.GetValueOrDefault(language) ?? Name;

    /// <summary>The section of the law behind each rule (<see cref="SourceKeys"/>), as the file states it.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>" (8-FZ art. 18(6))" for a rule with a source; empty otherwise.</summary>
    public string Cite(string rule) => Sources.TryGetValue(rule, out var source) ? $" ({source})" : string.Empty;
}
