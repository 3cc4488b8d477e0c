namespace RequestTracker.Definitions;

/// <summary>Triggers: what can happen to a question. A lifecycle wires them into transitions; the runtime gives them meaning.</summary>
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

    /// <summary>Corrects a mis-recorded outcome: back to the state before it (target <see cref="LifecycleDefinition.Previous"/>).</summary>
    public const string Reopened = "reopened";

    public const string DeadlinePassed = "deadline-passed";

    /// <summary>A ladder rung is taken (by its timer, or at once after <see cref="Escalated"/>): the one event an escalation counts as.</summary>
    public const string StepDue = "step-due";
    public const string LadderExhausted = "ladder-exhausted";
    public const string RightsWarning = "rights-warning";
    public const string AuthorityReplied = "authority-replied";
}

/// <summary>Categories group states for lists, dashboards and the digest; every figure is defined on them.</summary>
internal static class Categories
{
    public const string Open = "open";
    public const string Paused = "paused";
    public const string Escalated = "escalated";
    public const string Answered = "answered";
    public const string Partial = "partial";
    public const string Refused = "refused";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [Open, Paused, Escalated, Answered, Partial, Refused, Closed];

    /// <summary>Still waiting on the authority: the categories a reminder lists and a withdrawal ends.</summary>
    public static bool Waiting(string category) => category is Open or Paused or Escalated;

    /// <summary>An outcome was recorded (answered, partly, refused or not held): what a correction (reopen) applies to.</summary>
    public static bool Outcome(string category) => category is Answered or Partial or Refused or Closed;
}

/// <summary>
/// Whom a ladder step or a letter is for: the authority itself, the advocate, or the authority's escalation contact of
/// a kind. Law files and the database write it as its word — "authority", "advocate", "escalation:higherBody" — read
/// and written here only (<see cref="Parse"/>, <see cref="Word"/>).
/// </summary>
internal readonly record struct Recipient
{
    public const string AuthorityWord = "authority";
    public const string AdvocateWord = "advocate";

    /// <summary>"escalation:higherBody": the authority's escalation contact of that kind.</summary>
    public const string EscalationPrefix = "escalation:";

    private Recipient(string word, Laws.EscalationContactKind? contact) => (Word, Contact) = (word, contact);

    public static Recipient Authority { get; } = new(AuthorityWord, null);

    public static Recipient Advocate { get; } = new(AdvocateWord, null);

    /// <summary>Every escalation contact a step can be for, in the order of the kinds.</summary>
    public static IReadOnlyList<Recipient> Escalations { get; } =
        Enum.GetValues<Laws.EscalationContactKind>().Select(k => new Recipient(EscalationPrefix + char.ToLowerInvariant(k.ToString()[0]) + k.ToString()[1..], k)).ToList();

    public string Word { get; }

    /// <summary>The kind of escalation contact; null for the authority and the advocate.</summary>
    public Laws.EscalationContactKind? Contact { get; }

    /// <summary>The body in the journal's and the notes' words: "authority", or the contact's kind ("higher-body", "court" …).</summary>
    public string Noun => Contact switch
    {
        Laws.EscalationContactKind.HigherBody => "higher-body",
        Laws.EscalationContactKind.OversightBody => "oversight-body",
        Laws.EscalationContactKind.Ombudsman => "ombudsman",
        Laws.EscalationContactKind.Court => "court",
        Laws.EscalationContactKind.Other => "other",
        _ => AuthorityWord,
    };

    /// <summary>The recipient a word names; null for a word that names none.</summary>
    public static Recipient? Parse(string? word) => word switch
    {
        AuthorityWord => Authority,
        AdvocateWord => Advocate,
        _ => Escalations.Cast<Recipient?>().FirstOrDefault(r => r!.Value.Word == word),
    };

    /// <summary>A stored word (a letter's recipient), written by <see cref="Word"/>: any other is a damaged row.</summary>
    public static Recipient Stored(string word) => Parse(word) ?? throw new InvalidOperationException($"'{word}' is not a recipient.");

    public override string ToString() => Word;
}

/// <summary>A request's progress: its status until sent, then summed up from its questions worst first (<see cref="Requests.RequestProgress"/>).</summary>
internal static class Progress
{
    public const string Draft = "draft";
    public const string Withdrawn = Triggers.Withdrawn;

    public const string Escalated = Categories.Escalated;
    public const string Overdue = Timeliness.Overdue;
    public const string Awaiting = "awaiting";
    public const string Answered = Categories.Answered;
    public const string Refused = Categories.Refused;
    public const string Partial = Categories.Partial;
    public const string Closed = Categories.Closed;
}

/// <summary>Where a question stands against its deadline (<see cref="Runtime.Standing"/> decides which).</summary>
internal static class Timeliness
{
    public const string NotStarted = "notStarted";
    public const string OnTime = "onTime";
    public const string DueSoon = "dueSoon";
    public const string Overdue = "overdue";
    public const string Closed = Categories.Closed;
}

/// <summary>An instant a timer can be armed at; each is a field the runtime computes from the law.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TimerInstantWords))]
internal enum TimerInstant
{
    Deadline,
    NextStep,
    LadderEnd,
    RightsWarning,
}

/// <summary>The timer instants' words, as lifecycle files, the database and the API write them.</summary>
internal static class Instants
{
    public const string Deadline = "deadline";
    public const string NextStep = "next-step";
    public const string LadderEnd = "ladder-end";
    public const string RightsWarning = "rights-warning";

    public static string Word(TimerInstant instant) => instant switch
    {
        TimerInstant.Deadline => Deadline,
        TimerInstant.NextStep => NextStep,
        TimerInstant.LadderEnd => LadderEnd,
        TimerInstant.RightsWarning => RightsWarning,
        _ => throw new ArgumentOutOfRangeException(nameof(instant), instant, null),
    };

    /// <summary>The instant a word names; null for a word that names none.</summary>
    public static TimerInstant? Parse(string? word) => word switch
    {
        Deadline => TimerInstant.Deadline,
        NextStep => TimerInstant.NextStep,
        LadderEnd => TimerInstant.LadderEnd,
        RightsWarning => TimerInstant.RightsWarning,
        _ => null,
    };

    /// <summary>A stored word (a timer's instant), written by <see cref="Word"/>: any other is a damaged row.</summary>
    public static TimerInstant Stored(string word) => Parse(word) ?? throw new InvalidOperationException($"'{word}' is not a timer instant.");
}

/// <summary>Writes and reads a timer instant as its word in JSON ("next-step"), not the member's name.</summary>
internal sealed class TimerInstantWords : System.Text.Json.Serialization.JsonConverter<TimerInstant>
{
    public override TimerInstant Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        Instants.Parse(reader.GetString()) ?? throw new System.Text.Json.JsonException();

    public override void Write(System.Text.Json.Utf8JsonWriter writer, TimerInstant value, System.Text.Json.JsonSerializerOptions options) => writer.WriteStringValue(Instants.Word(value));
}

/// <summary>Journal events that are not triggers: the question started, and what happened to its emails.</summary>
internal static class JournalEvents
{
    public const string Started = "started";
    public const string EmailSent = "email-sent";
    public const string EmailFailed = "email-failed";
    public const string EmailBounced = "email-bounced";
    public const string EmailRetried = "email-retried";
    public const string EmailCancelled = "email-cancelled";

    /// <summary>A letter drafted by a step or written by the advocate is sent after review (the note holds both texts' hashes).</summary>
    public const string LetterSent = "letter-sent";
    public const string LetterFiled = "letter-filed";
    public const string LetterDiscarded = "letter-discarded";
}

/// <summary>What an action can carry; a lifecycle may require some for an action (<c>requires:</c>).</summary>
internal static class Evidence
{
    public const string Note = "note";
    public const string DocumentReference = "documentReference";
    public const string Exemption = "exemption";
    public const string Extension = "extension";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Note, DocumentReference, Exemption, Extension };

    /// <summary>The field in words, for a refusal's message.</summary>
    public static string Describe(string field) => field switch
    {
        Note => "a note saying why",
        DocumentReference => "the reference of the document released (documentReference)",
        Exemption => "the exemption the authority cited (exemption)",
        Extension => "the length of the extension in the law's unit (extension)",
        _ => field,
    };
}

/// <summary>The names the loader accepts: any other trigger, instant or category in a definition is an error.</summary>
internal static class Vocabulary
{
    /// <summary>Triggers a user records through the API or a page.</summary>
    public static readonly IReadOnlySet<string> Actions = new HashSet<string>(StringComparer.Ordinal)
    {
        Triggers.Acknowledged, Triggers.ClarificationAsked, Triggers.ClarificationGiven, Triggers.ExtensionAnnounced, Triggers.Answered,
        Triggers.PartiallyAnswered, Triggers.Refused, Triggers.NotHeld, Triggers.Escalated, Triggers.Withdrawn, Triggers.Reopened,
    };

    /// <summary>Triggers raised by the runtime itself: timers and incoming mail.</summary>
    public static readonly IReadOnlySet<string> System = new HashSet<string>(StringComparer.Ordinal)
    {
        Triggers.DeadlinePassed, Triggers.StepDue, Triggers.LadderExhausted, Triggers.RightsWarning, Triggers.AuthorityReplied,
    };

    public static readonly IReadOnlySet<string> InstantNames = new HashSet<string>(Enum.GetValues<TimerInstant>().Select(Instants.Word), StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> CategoryNames = new HashSet<string>(Categories.All, StringComparer.Ordinal);

    public static bool IsTrigger(string name) => Actions.Contains(name) || System.Contains(name);
}
