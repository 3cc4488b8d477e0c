using RequestTracker.Definitions;
using System.Diagnostics;
using System.Globalization;
using RequestTracker.Replies.Suggestions;

namespace RequestTracker.Benchmarks;

/// <summary>
/// Precision and recall of the reply suggestions over a hand-labelled set of replies (tests/data/*replies*.json):
/// "does this reply answer this question" (answered or partly), then each action, then how often a suggestion is
/// right at each confidence level (what <see cref="ReplySuggester.PreselectAt"/> is chosen from), then every miss.
/// </summary>
internal static class SuggestionBench
{
    private static readonly Trigger[] Actions = [Trigger.Answered, Trigger.PartiallyAnswered, Trigger.Refused, Trigger.NotHeld, Trigger.Acknowledged, Trigger.ExtensionAnnounced, Trigger.ClarificationAsked];

    public static void Run(string path)
    {
        var set = LabelledSet.Load(path);
        var watch = Stopwatch.StartNew();
        var all = set.RunWithEvidence();
        var pairs = all.Select(p => (p.Reply, p.Position, p.Expected, p.Suggested, p.Confidence)).ToList();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var exact = pairs.Count(p => p.Expected == p.Suggested);
        Console.WriteLine();
        Console.WriteLine($"## {Path.GetFileName(path)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set.Replies.Count} replies × {set.Questions.Count} questions = {pairs.Count} suggestions in {elapsed:N0} ms; exact action {exact} of {pairs.Count} ({exact / (double)pairs.Count:P0})"));
        Console.WriteLine("| decision | labelled | precision | recall |");
        Console.WriteLine("| --- | --- | --- | --- |");
        Row("answers the question (answered or partly)", LabelledSet.Score(pairs, a => a is Trigger.Answered or Trigger.PartiallyAnswered));
        foreach (var action in Actions)
        {
            Row(Triggers.Word(action), LabelledSet.Score(pairs, a => a == action));
        }

        Row("nothing to record", LabelledSet.Score(pairs, a => a is null));
        Calibration(pairs);
        foreach (var miss in all.Where(p => p.Expected != p.Suggested))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  miss: {miss.Reply} question {miss.Position}: labelled {Word(miss.Expected)}, suggested {Word(miss.Suggested)} ({miss.Confidence:0.0}) {string.Join(" | ", miss.Evidence)}"));
        }
    }

    private static string Word(Trigger? action) => action is { } trigger ? Triggers.Word(trigger) : "nothing";

    /// <summary>Suggestions with an action, by confidence: how many, how many right; and what the threshold preselects.</summary>
    private static void Calibration(IReadOnlyList<(string Reply, int Position, Trigger? Expected, Trigger? Suggested, double Confidence)> pairs)
    {
        var suggested = pairs.Where(p => p.Suggested is not null).ToList();
        var levels = suggested.GroupBy(p => p.Confidence).OrderByDescending(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key:0.0}: {g.Count(p => p.Expected == p.Suggested)}/{g.Count()}"));
        var chosen = suggested.Where(p => p.Confidence >= ReplySuggester.PreselectAt).ToList();
        var right = chosen.Count(p => p.Expected == p.Suggested);
        var rightBelow = suggested.Count(p => p.Confidence < ReplySuggester.PreselectAt && p.Expected == p.Suggested);
        Console.WriteLine($"right at each confidence: {string.Join(", ", levels)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"preselected (confidence ≥ {ReplySuggester.PreselectAt}): {chosen.Count} of {suggested.Count} suggestions, {right} right ({LabelledSet.Percent(chosen.Count == 0 ? 1 : right / (double)chosen.Count)}); right but only hinted: {rightBelow}"));
    }

    private static void Row(string decision, (double Precision, double Recall, int Support) score) =>
        Console.WriteLine($"| {decision} | {score.Support} | {LabelledSet.Percent(score.Precision)} | {LabelledSet.Percent(score.Recall)} |");
}
