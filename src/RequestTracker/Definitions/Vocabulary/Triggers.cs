namespace RequestTracker.Definitions;

/// <summary>What can happen to a question. A lifecycle wires triggers into transitions; the runtime gives them meaning.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TriggerWords))]
internal enum Trigger
{
    Acknowledged,
    ClarificationAsked,
    ClarificationGiven,
    ExtensionAnnounced,
    Answered,
    PartiallyAnswered,
    Refused,
    NotHeld,
    Escalated,
    Withdrawn,

    /// <summary>Corrects a mis-recorded outcome: back to the state before it (target <see cref="LifecycleDefinition.Previous"/>).</summary>
    Reopened,

    DeadlinePassed,

    /// <summary>The law's earlier deadline for acknowledging receipt passed without an acknowledgement (Australia's FOI Act s.15(5)(a)).</summary>
    AcknowledgementPassed,

    /// <summary>A ladder rung is taken (by its timer, or at once after <see cref="Escalated"/>): the one event an escalation counts as.</summary>
    StepDue,
    LadderExhausted,
    RightsWarning,
    AuthorityReplied,

    /// <summary>
    /// The authority passed the question to another body: it ends here and goes on as a question of a new request to that
    /// body (<see cref="Requests.TransferQuestions"/>), never recorded on its own (it needs the body it went to).
    /// </summary>
    Transferred,
}

/// <summary>
/// The triggers' words, as lifecycle files, the API, the journal and the timers' table write them ("partially-answered"),
/// read and written here only; the journal is queried by these words, as it stores them.
/// </summary>
internal static class Triggers
{
    public const string Acknowledged = "acknowledged";
    public const string ClarificationAsked = "clarification-asked";
    public const string ClarificationGiven = "clarification-given";
    public const string ExtensionAnnounced = "extension-announced";
    public const string Answered = "answered";
    public const string PartiallyAnswered = "partially-answered";
    public const string Refused = "refused";
    public const string NotHeld = "not-held";
    public const string Escalated = "escalated";
    public const string Withdrawn = "withdrawn";
    public const string Reopened = "reopened";
    public const string DeadlinePassed = "deadline-passed";
    public const string AcknowledgementPassed = "acknowledgement-passed";
    public const string StepDue = "step-due";
    public const string LadderExhausted = "ladder-exhausted";
    public const string RightsWarning = "rights-warning";
    public const string AuthorityReplied = "authority-replied";
    public const string Transferred = "transferred";

    /// <summary>Triggers a user records through the API or a page, in the order forms offer them.</summary>
    public static IReadOnlyList<Trigger> Actions { get; } =
    [
        Trigger.Acknowledged, Trigger.ClarificationAsked, Trigger.ClarificationGiven, Trigger.ExtensionAnnounced, Trigger.Answered,
        Trigger.PartiallyAnswered, Trigger.Refused, Trigger.NotHeld, Trigger.Escalated, Trigger.Withdrawn, Trigger.Reopened,
    ];

    /// <summary>Triggers raised by the runtime itself: timers, incoming mail, and a transfer recorded with the body it went to.</summary>
    public static IReadOnlyList<Trigger> System { get; } =
        [Trigger.DeadlinePassed, Trigger.AcknowledgementPassed, Trigger.StepDue, Trigger.LadderExhausted, Trigger.RightsWarning, Trigger.AuthorityReplied, Trigger.Transferred];

    /// <summary>The actions that record a letter from the authority: the only ones with dates of record (<see cref="Runtime.LetterDates"/>).</summary>
    public static IReadOnlyList<Trigger> Letters { get; } =
    [
        Trigger.Acknowledged, Trigger.ClarificationAsked, Trigger.ExtensionAnnounced,
        Trigger.Answered, Trigger.PartiallyAnswered, Trigger.Refused, Trigger.NotHeld,
    ];

    public static bool IsAction(Trigger trigger) => Actions.Contains(trigger);

    public static bool IsLetter(Trigger trigger) => Letters.Contains(trigger);

    public static string Word(Trigger trigger) => trigger switch
    {
        Trigger.Acknowledged => Acknowledged,
        Trigger.ClarificationAsked => ClarificationAsked,
        Trigger.ClarificationGiven => ClarificationGiven,
        Trigger.ExtensionAnnounced => ExtensionAnnounced,
        Trigger.Answered => Answered,
        Trigger.PartiallyAnswered => PartiallyAnswered,
        Trigger.Refused => Refused,
        Trigger.NotHeld => NotHeld,
        Trigger.Escalated => Escalated,
        Trigger.Withdrawn => Withdrawn,
        Trigger.Reopened => Reopened,
        Trigger.DeadlinePassed => DeadlinePassed,
        Trigger.AcknowledgementPassed => AcknowledgementPassed,
        Trigger.StepDue => StepDue,
        Trigger.LadderExhausted => LadderExhausted,
        Trigger.RightsWarning => RightsWarning,
        Trigger.AuthorityReplied => AuthorityReplied,
        Trigger.Transferred => Transferred,
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    /// <summary>Each member by its word, built from <see cref="Word"/>: the two directions cannot disagree.</summary>
    private static readonly Func<string?, Trigger?> ByWord = VocabularyWords<Trigger>.Index(Word);

    /// <summary>The trigger a word names; null for a word that names none.</summary>
    public static Trigger? Parse(string? word) => ByWord(word);

    /// <summary>The action a word names (what a form or the API sends); null for any other word, a system trigger's too.</summary>
    public static Trigger? Action(string? word) => Parse(word) is { } trigger && IsAction(trigger) ? trigger : null;

    /// <summary>A stored word (a timer's trigger), written by <see cref="Word"/>: any other is a damaged row.</summary>
    public static Trigger Stored(string word) => Parse(word) ?? throw new InvalidOperationException($"'{word}' is not a trigger.");

    /// <summary>The words of some triggers, in order, for a message that lists them.</summary>
    public static string List(IEnumerable<Trigger> triggers) => string.Join(", ", triggers.Select(Word).Order(StringComparer.Ordinal));
}

/// <summary>A trigger as its word in JSON ("partially-answered"), as a value and as a dictionary key.</summary>
internal sealed class TriggerWords() : VocabularyWords<Trigger>(Triggers.Word, Triggers.Parse);
