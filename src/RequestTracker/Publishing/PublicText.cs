using System.Text.RegularExpressions;
using RequestTracker.Questions;

namespace RequestTracker.Publishing;

/// <summary>
/// What public pages and feeds print of free text: every email address withheld — the advocate's, the reply
/// address with its token, an official's — whoever typed it and wherever it stands.
/// </summary>
internal static partial class PublicText
{
    public const string Withheld = "[address withheld]";

    public static string Redact(string? text) => Address().Replace(text ?? string.Empty, Withheld);

    /// <summary>A question as a public page shows it: each of its texts withheld alike (the question, its evidence, its ladder, how its deadline was computed).</summary>
    public static QuestionView Question(QuestionView q) => q with
    {
        Text = Redact(q.Text),
        StateLabel = q.StateLabel is null ? null : Redact(q.StateLabel),
        DocumentReference = q.DocumentReference is null ? null : Redact(q.DocumentReference),
        Exemption = q.Exemption is null ? null : Redact(q.Exemption),
        DueComputation = q.DueComputation is null ? null : q.DueComputation with { Explanation = Redact(q.DueComputation.Explanation) },
        Ladder = q.Ladder.Select(step => step with { Name = Redact(step.Name), To = Redact(step.To) }).ToList(),
    };

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)+")]
    private static partial Regex Address();
}
