namespace RequestTracker.Definitions;

/// <summary>A state's category: categories group states for lists, dashboards and the digest; every figure is defined on them.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(StateCategoryWords))]
internal enum StateCategory
{
    Open,
    Paused,
    Escalated,
    Answered,
    Partial,
    Refused,
    Closed,
}

/// <summary>
/// The categories' words, as lifecycle files, the database (a workflow's category, the counters' keys), the API and
/// the lists' query strings write them ("partial").
/// </summary>
internal static class Categories
{
    public const string Open = "open";
    public const string Paused = "paused";
    public const string Escalated = "escalated";
    public const string Answered = "answered";
    public const string Partial = "partial";
    public const string Refused = "refused";
    public const string Closed = "closed";

    /// <summary>Every category, in the order lists and dashboards show them.</summary>
    public static IReadOnlyList<StateCategory> All { get; } =
        [StateCategory.Open, StateCategory.Paused, StateCategory.Escalated, StateCategory.Answered, StateCategory.Partial, StateCategory.Refused, StateCategory.Closed];

    /// <summary>Still waiting on the authority: the categories a reminder lists and a withdrawal ends.</summary>
    public static bool Waiting(StateCategory category) => category is StateCategory.Open or StateCategory.Paused or StateCategory.Escalated;

    /// <summary>An outcome was recorded (answered, partly, refused or not held): what a correction (reopen) applies to.</summary>
    public static bool Outcome(StateCategory category) => category is StateCategory.Answered or StateCategory.Partial or StateCategory.Refused or StateCategory.Closed;

    public static string Word(StateCategory category) => category switch
    {
        StateCategory.Open => Open,
        StateCategory.Paused => Paused,
        StateCategory.Escalated => Escalated,
        StateCategory.Answered => Answered,
        StateCategory.Partial => Partial,
        StateCategory.Refused => Refused,
        StateCategory.Closed => Closed,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Each member by its word, built from <see cref="Word"/>: the two directions cannot disagree.</summary>
    private static readonly Func<string?, StateCategory?> ByWord = VocabularyWords<StateCategory>.Index(Word);

    /// <summary>The category a word names; null for a word that names none.</summary>
    public static StateCategory? Parse(string? word) => ByWord(word);

    /// <summary>A stored word (a workflow's or a counter's category), written by <see cref="Word"/>: any other is a damaged row.</summary>
    public static StateCategory Stored(string word) => Parse(word) ?? throw new InvalidOperationException($"'{word}' is not a state category.");

    /// <summary>The words of every category, for a message that lists them: "open, paused, …".</summary>
    public static string List() => string.Join(", ", All.Select(Word));
}

/// <summary>A state category as its word in JSON ("partial").</summary>
internal sealed class StateCategoryWords() : VocabularyWords<StateCategory>(Categories.Word, Categories.Parse);
