using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RequestTracker.Definitions;
using RequestTracker.Requests;

namespace RequestTracker.Replies.Suggestions;

/// <summary>
/// A set of replies labelled by hand with what each does for each question (tests/data/labelled-replies*.json):
/// the suggester is measured against it. Labels, one letter per question: A answered, P partially answered,
/// R refused, N not held, K acknowledged (a request forwarded to another body too: the lifecycle records it so),
/// E extension announced, C clarification asked, - nothing.
/// </summary>
internal sealed record LabelledSet(IReadOnlyList<LabelledQuestion> Questions, IReadOnlyList<LabelledReply> Replies)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static LabelledSet Load(string path) => JsonSerializer.Deserialize<LabelledSet>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path}: not a labelled set.");

    public static Trigger? Action(char label) => label switch
    {
        'A' => Trigger.Answered,
        'P' => Trigger.PartiallyAnswered,
        'R' => Trigger.Refused,
        'N' => Trigger.NotHeld,
        'K' => Trigger.Acknowledged,
        'E' => Trigger.ExtensionAnnounced,
        'C' => Trigger.ClarificationAsked,
        '-' => null,
        _ => throw new InvalidDataException($"'{label}' is not a label (A, P, R, N, K, E, C or -)."),
    };

    /// <summary>Runs the suggester over every reply; one (expected, suggested, how sure) per reply and question.</summary>
    public IReadOnlyList<(string Reply, int Position, Trigger? Expected, Trigger? Suggested, double Confidence)> Run() =>
        RunWithEvidence().Select(p => (p.Reply, p.Position, p.Expected, p.Suggested, p.Confidence)).ToList();

    /// <summary>As <see cref="Run"/>, with the evidence of each suggestion (the benchmark shows it for each miss).</summary>
    public IReadOnlyList<(string Reply, int Position, Trigger? Expected, Trigger? Suggested, double Confidence, IReadOnlyList<string> Evidence)> RunWithEvidence()
    {
        var questions = Questions.Select((q, i) => new SuggestionQuestion(i + 1, i + 1, q.Category, q.Text)).ToList();
        var pairs = new List<(string, int, Trigger?, Trigger?, double, IReadOnlyList<string>)>();
        foreach (var reply in Replies)
        {
            var attachments = (reply.Attachments ?? []).Select(a => (a, reply.AttachmentText?.GetValueOrDefault(a))).ToList();
            var suggested = ReplySuggester.Suggest(new ReplyContent(reply.Subject ?? string.Empty, reply.Text, attachments), questions).Questions;
            for (var p = 1; p <= questions.Count; p++)
            {
                var suggestion = suggested.Single(s => s.Position == p);
                pairs.Add((reply.Id, p, Action(reply.Labels[p - 1]), suggestion.Action, suggestion.Confidence, suggestion.Evidence));
            }
        }

        return pairs;
    }

    /// <summary>Precision and recall of one decision over the pairs: "does the reply answer the question" (answered or partly), or one action.</summary>
    public static (double Precision, double Recall, int Support) Score(IEnumerable<(string Reply, int Position, Trigger? Expected, Trigger? Suggested, double Confidence)> pairs, Func<Trigger?, bool> positive)
    {
        var list = pairs.ToList();
        var truePositive = list.Count(p => positive(p.Expected) && positive(p.Suggested));
        var predicted = list.Count(p => positive(p.Suggested));
        var actual = list.Count(p => positive(p.Expected));
        return (predicted == 0 ? 1 : truePositive / (double)predicted, actual == 0 ? 1 : truePositive / (double)actual, actual);
    }

    public static string Percent(double value) => value.ToString("P0", CultureInfo.InvariantCulture);
}

internal sealed record LabelledQuestion(QuestionCategory Category, string Text);

internal sealed record LabelledReply(string Id, string Labels, string Text, string? Subject, IReadOnlyList<string>? Attachments, IReadOnlyDictionary<string, string>? AttachmentText);
