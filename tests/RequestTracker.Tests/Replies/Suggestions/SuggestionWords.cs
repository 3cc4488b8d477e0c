using RequestTracker.Definitions;
using RequestTracker.Replies.Suggestions;

namespace RequestTracker.Tests.Replies.Suggestions;

/// <summary>A suggestion's action as its word ("partially-answered"), as the labelled sets and the tests name it; null for none.</summary>
internal static class SuggestionWords
{
    public static string? Word(this QuestionSuggestion suggestion) => Word(suggestion.Action);

    public static string? Word(Trigger? action) => action is { } trigger ? Triggers.Word(trigger) : null;

    /// <summary>Whether an action is one of the words given (a filter for <see cref="LabelledSet.Score"/>).</summary>
    public static bool Is(Trigger? action, params string[] words) => Word(action) is { } word && words.Contains(word);
}
