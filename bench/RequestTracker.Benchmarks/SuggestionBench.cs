using System.Diagnostics;
using System.Globalization;
using RequestTracker.Suggestions;

namespace RequestTracker.Benchmarks;

/// <summary>
/// Precision and recall of the reply suggestions over the hand-labelled replies (tests/data/labelled-replies.json):
/// "does this reply answer this question" (answered or partly), then each action, then every miss in words.
/// </summary>
internal static class SuggestionBench
{
    public static void Run(string path)
    {
        var set = LabelledSet.Load(path);
        var watch = Stopwatch.StartNew();
        var pairs = set.Run();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var exact = pairs.Count(p => p.Expected == p.Suggested);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set.Replies.Count} replies × {set.Questions.Count} questions = {pairs.Count} suggestions in {elapsed:N0} ms; exact action {exact} of {pairs.Count} ({exact / (double)pairs.Count:P0})"));
        Console.WriteLine("| decision | labelled | precision | recall |");
        Console.WriteLine("| --- | --- | --- | --- |");
        Row("answers the question (answered or partly)", LabelledSet.Score(pairs, a => a is "answered" or "partially-answered"));
        foreach (var action in new[] { "answered", "partially-answered", "refused", "not-held", "acknowledged", "extension-announced" })
        {
            Row(action, LabelledSet.Score(pairs, a => a == action));
        }

        Row("nothing to record", LabelledSet.Score(pairs, a => a is null));
        foreach (var miss in pairs.Where(p => p.Expected != p.Suggested))
        {
            Console.WriteLine($"  miss: {miss.Reply} question {miss.Position}: labelled {miss.Expected ?? "nothing"}, suggested {miss.Suggested ?? "nothing"}");
        }
    }

    private static void Row(string decision, (double Precision, double Recall, int Support) score) =>
        Console.WriteLine($"| {decision} | {score.Support} | {LabelledSet.Percent(score.Precision)} | {LabelledSet.Percent(score.Recall)} |");
}
