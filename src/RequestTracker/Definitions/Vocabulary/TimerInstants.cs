namespace RequestTracker.Definitions;

/// <summary>An instant a timer can be armed at; each is a field the runtime computes from the law.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TimerInstantWords))]
internal enum TimerInstant
{
    Deadline,
    NextStep,
    LadderEnd,
    RightsWarning,

    /// <summary>The end of the law's period for acknowledging receipt, while no acknowledgement is recorded.</summary>
    Acknowledgement,
}

/// <summary>The timer instants' words, as lifecycle files, the database and the API write them.</summary>
internal static class Instants
{
    public const string Deadline = "deadline";
    public const string NextStep = "next-step";
    public const string LadderEnd = "ladder-end";
    public const string RightsWarning = "rights-warning";
    public const string Acknowledgement = "acknowledgement";

    public static string Word(TimerInstant instant) => instant switch
    {
        TimerInstant.Deadline => Deadline,
        TimerInstant.NextStep => NextStep,
        TimerInstant.LadderEnd => LadderEnd,
        TimerInstant.RightsWarning => RightsWarning,
        TimerInstant.Acknowledgement => Acknowledgement,
        _ => throw new ArgumentOutOfRangeException(nameof(instant), instant, null),
    };

    /// <summary>Each member by its word, built from <see cref="Word"/>: the two directions cannot disagree.</summary>
    private static readonly Func<string?, TimerInstant?> ByWord = VocabularyWords<TimerInstant>.Index(Word);

    /// <summary>The instant a word names; null for a word that names none.</summary>
    public static TimerInstant? Parse(string? word) => ByWord(word);

    /// <summary>A stored word (a timer's instant), written by <see cref="Word"/>: any other is a damaged row.</summary>
    public static TimerInstant Stored(string word) => Parse(word) ?? throw new InvalidOperationException($"'{word}' is not a timer instant.");

    /// <summary>The words of every instant, for a message that lists them.</summary>
    public static string List() => string.Join(", ", Enum.GetValues<TimerInstant>().Select(Word));
}

/// <summary>A timer instant as its word in JSON ("next-step").</summary>
internal sealed class TimerInstantWords() : VocabularyWords<TimerInstant>(Instants.Word, Instants.Parse);
