using RequestTracker.Requests;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>
/// One question row of the filing form. A named type rather than a tuple: Razor checks a partial's model by
/// its exact type, and a tuple of a nullable kind (a row as typed) is not the tuple the partial declared.
/// </summary>
internal sealed record QuestionRow(int Index, QuestionCategory? Category, string? Text, string? CategoryError, string? TextError);
