using RequestTracker.Definitions.Calendars;

namespace RequestTracker.Definitions.Laws;

internal enum ClarificationEffect
{
    /// <summary>The full response time starts again when the clarification arrives (UK FOIA s.1(3), EU 1049/2001 art. 6(2)).</summary>
    Restart,

    /// <summary>The clock stops and resumes with the time that was left (US FOIA tolling).</summary>
    Pause,
}

/// <summary>How an authority may extend its own deadline: by at most <see cref="By"/>, at most <see cref="Times"/> times.</summary>
internal sealed record ExtensionRule(LegalSpan By, int Times, LegalSpan? NoticeWithin);

/// <summary>
/// The advocate's own deadline after a refusal or partial answer (e.g. the last day to appeal), when to
/// warn, and which ladder step the appeal is (<see cref="Step"/>): escalating a refused question starts
/// there, not at a reminder for silence.
/// </summary>
internal sealed record AppealRule(string Name, LegalSpan Within, LegalSpan WarnBefore, string? Step);

/// <summary>
/// One step of the escalation ladder. The first step starts <see cref="Starts"/> after the response
/// deadline, each later one that long after the previous step's <see cref="Window"/> has run out.
/// <see cref="To"/> is "authority", "advocate" or "escalation:KIND" (an escalation contact of the authority).
/// </summary>
internal sealed record LadderStep(string Id, string Name, LegalSpan Starts, LegalSpan Window, string To, string Template)
{
    /// <summary>Where the template name is written, so a missing template is reported at that line.</summary>
    public (int Line, int Column) TemplateAt { get; init; }
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

    /// <summary>The rules a law file may cite a source for.</summary>
    public static readonly string[] SourceKeys = ["registration", "response", "lastDayRollsToWorkingDay", "extension", "clarification", "appeal", "ladder"];

    /// <summary>The section of the law behind each rule (<see cref="SourceKeys"/>), as the file states it.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>" (8-FZ art. 18(6))" for a rule with a source; empty otherwise.</summary>
    public string Cite(string rule) => Sources.TryGetValue(rule, out var source) ? $" ({source})" : string.Empty;
}
