using System.Globalization;
using RequestTracker.Requests;
using static RequestTracker.Suggestions.ReplyLexicon;

namespace RequestTracker.Suggestions;

internal sealed record SuggestionQuestion(int Id, int Position, QuestionCategory Category, string Text);

/// <summary>A reply as the suggester reads it: subject, text, and each attachment's name with its text where it could be extracted.</summary>
internal sealed record ReplyContent(string Subject, string Text, IReadOnlyList<(string Name, string? Text)> Attachments);

/// <summary>What a reply seems to do for one question: the action to record (null: nothing), how sure, and why.</summary>
internal sealed record QuestionSuggestion(int QuestionId, int Position, string? Action, double Confidence, IReadOnlyList<string> Evidence);

/// <summary><see cref="Kind"/>: automatic (out of office, bounce, read receipt — nothing to record) or substantive.</summary>
internal sealed record ReplySuggestions(string Kind, IReadOnlyList<QuestionSuggestion> Questions);

/// <summary>
/// Suggests, for each question of a request, what a reply does about it — answered, partly, refused, not held,
/// acknowledged, extended, or nothing — from its sentences and attachments, with the phrases that decided it.
/// Rules, not a model: each step is evidence a person can check, and nothing is recorded until they confirm.
/// A sentence is about the questions it numbers ("question 3", "your second point", "2."), else the question
/// whose words it uses most (at least two points), else every question (a blanket acknowledgement or refusal).
/// </summary>
internal static partial class ReplySuggester
{
    private const int Threshold = 2;

    public static ReplySuggestions Suggest(ReplyContent reply, IReadOnlyList<SuggestionQuestion> questions)
    {
        var automatic = Automatic().Match($"{reply.Subject}\n{reply.Text}");
        if (automatic.Success || reply.Subject.StartsWith("Read:", StringComparison.OrdinalIgnoreCase))
        {
            var why = automatic.Success ? $"automatic reply: \"{automatic.Value}\"" : "automatic reply: a read receipt";
            return new ReplySuggestions("automatic", questions.Select(q => new QuestionSuggestion(q.Id, q.Position, null, 0.9, [why])).ToList());
        }

        var profiles = Profiles(questions);
        var found = questions.ToDictionary(q => q.Position, _ => new Found());
        var blanket = new Found();
        foreach (var sentence in Sentences(reply.Text))
        {
            var signals = Signals.Select(s => (s.Signal, Match: s.Pattern.Match(sentence))).Where(s => s.Match.Success).ToList();
            var (about, how, confidence) = About(sentence, questions, profiles);
            var target = about.Count == 0 ? [blanket] : about.Select(p => found[p]).ToList();
            foreach (var f in target)
            {
                f.Add(signals.Select(s => (s.Signal, $"\"{Whole(sentence, s.Match)}\"")), how, about.Count == 0 ? 0.5 : confidence);
            }
        }

        foreach (var (name, text) in reply.Attachments)
        {
            var words = Normalize($"{Path.GetFileNameWithoutExtension(name).Replace('_', ' ').Replace('-', ' ')} {text}");
            if (Best(words, profiles) is { } best)
            {
                found[best.Position].Add([(Signal.Answer, $"attachment {name}")], $"its words match question {best.Position}", 0.6);
            }
        }

        return new ReplySuggestions("substantive", questions.Select(q => Decide(q, found[q.Position], blanket))
            .OrderByDescending(s => s.Action is null ? 0 : s.Confidence).ThenBy(s => s.Position).ToList());
    }

    private static QuestionSuggestion Decide(SuggestionQuestion q, Found own, Found blanket)
    {
        if (Action(own.Signals, strongOnly: false) is { } action)
        {
            return new QuestionSuggestion(q.Id, q.Position, action, own.Confidence, own.Evidence);
        }

        // A sentence about no question in particular counts for every question: except an answer, which says nothing of which.
        return Action(blanket.Signals, strongOnly: true) is { } general
            ? new QuestionSuggestion(q.Id, q.Position, general, blanket.Confidence, blanket.Evidence)
            : new QuestionSuggestion(q.Id, q.Position, null, 0, own.Evidence);
    }

    /// <summary>Signals per sentence, decided together: an answer and a refusal make a partial answer.</summary>
    private static string? Action(List<HashSet<Signal>> sentences, bool strongOnly)
    {
        var results = sentences.Select(s => Sentence(s, strongOnly)).Where(r => r is not null).ToHashSet();
        var answered = results.Contains("answered");
        if (results.Contains("partially-answered") || (answered && (results.Contains("refused") || results.Contains("not-held"))))
        {
            return "partially-answered";
        }

        return answered ? "answered"
            : results.Contains("refused") ? "refused"
            : results.Contains("not-held") ? "not-held"
            : results.Contains("extension-announced") ? "extension-announced"
            : results.Contains("acknowledged") ? "acknowledged"
            : null;
    }

    private static string? Sentence(HashSet<Signal> s, bool strongOnly)
    {
        var answer = s.Contains(Signal.Answer) || (!strongOnly && s.Contains(Signal.Fact));
        if (s.Contains(Signal.NotHeld))
        {
            return "not-held";
        }

        if (s.Contains(Signal.Refused))
        {
            return answer && !strongOnly ? "partially-answered" : "refused";
        }

        return s.Contains(Signal.Extension) ? "extension-announced"
            : s.Contains(Signal.Acknowledged) ? "acknowledged"
            : answer && !strongOnly ? "answered"
            : null;
    }

    /// <summary>Which questions a sentence is about, how that was seen, and how sure.</summary>
    private static (List<int> Positions, string How, double Confidence) About(string sentence, IReadOnlyList<SuggestionQuestion> questions, List<Profile> profiles)
    {
        var count = questions.Count;
        if (All().Match(sentence) is { Success: true } all)
        {
            return (questions.Select(q => q.Position).ToList(), $"\"{all.Value}\"", 0.9);
        }

        var numbered = new SortedSet<int>();
        foreach (System.Text.RegularExpressions.Match m in Numbered().Matches(sentence))
        {
            numbered.UnionWith(Numbers(m.Groups[1].Value));
        }

        foreach (System.Text.RegularExpressions.Match m in Ordinal().Matches(sentence))
        {
            numbered.Add(Array.IndexOf(Ordinals, m.Groups[1].Value.ToLowerInvariant()) + 1);
        }

        if (Leading().Match(sentence) is { Success: true } leading)
        {
            numbered.Add(int.Parse(leading.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        numbered.RemoveWhere(n => n < 1 || n > count);
        if (numbered.Count > 0)
        {
            return (numbered.ToList(), $"names question {string.Join(", ", numbered)}", 0.9);
        }

        return Best(Normalize(sentence), profiles) is { } best ? ([best.Position], $"its words match question {best.Position} ({string.Join(", ", best.Matched)})", 0.7) : ([], "about no question in particular", 0.5);
    }

    /// <summary>The matched words whole ("enclos" → "enclosed"), as the advocate reads them in the reply.</summary>
    private static string Whole(string sentence, System.Text.RegularExpressions.Match match)
    {
        var start = match.Index;
        var end = match.Index + match.Length;
        while (start > 0 && char.IsLetterOrDigit(sentence[start - 1]))
        {
            start--;
        }

        while (end < sentence.Length && (char.IsLetterOrDigit(sentence[end]) || sentence[end] == '-'))
        {
            end++;
        }

        return sentence[start..end];
    }

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>"1, 3 and 5" → 1, 3, 5; "2-4" → 2, 3, 4 (a dash joins only the two numbers on its sides).</summary>
    private static IEnumerable<int> Numbers(string run)
    {
        foreach (System.Text.RegularExpressions.Match m in NumberOrRange().Matches(run))
        {
            var from = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : from;
            for (var n = from; n <= Math.Min(to, from + 19); n++)
            {
                yield return n;
            }
        }
    }

    /// <summary>The question whose words the text uses most (ties: none — the text does not say which).</summary>
    private static (int Position, List<string> Matched)? Best(string text, List<Profile> profiles)
    {
        var words = ReplyLexicon.Word().Matches(text).Select(m => Stem(m.Value)).ToHashSet(StringComparer.Ordinal);
        var scored = profiles.Select(p =>
        {
            var phrases = p.Phrases.Where(x => text.Contains(x, StringComparison.Ordinal)).ToList();
            var own = p.Words.Where(words.Contains).ToList();
            return (p.Position, Score: (2 * phrases.Count) + own.Count, Matched: phrases.Concat(own).ToList());
        }).OrderByDescending(s => s.Score).ToList();
        return scored.Count > 0 && scored[0].Score >= Threshold && (scored.Count == 1 || scored[1].Score < scored[0].Score)
            ? (scored[0].Position, scored[0].Matched)
            : null;
    }

    private static List<Profile> Profiles(IReadOnlyList<SuggestionQuestion> questions)
    {
        var words = questions.ToDictionary(q => q.Position, q => ReplyLexicon.Word().Matches(Normalize(q.Text)).Select(m => Stem(m.Value))
            .Where(w => w.Length >= 4 && !Stopwords.Contains(w)).ToHashSet(StringComparer.Ordinal));
        return questions.Select(q => new Profile(
            q.Position,
            Topic(q.Category),
            words[q.Position].Where(w => questions.All(o => o.Position == q.Position || !words[o.Position].Contains(w))).ToList())).ToList();
    }

    /// <summary>Lower case; the CSTO's "Collective Security Council" is not the UN Security Council.</summary>
    private static string Normalize(string text) =>
        text.ToLowerInvariant().Replace("collective security council", "csc", StringComparison.Ordinal);

    private static string Stem(string word) => word.Length > 4 && word.EndsWith('s') ? word[..^1] : word;

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private sealed record Profile(int Position, IReadOnlyList<string> Phrases, IReadOnlyList<string> Words);

    private sealed class Found
    {
        public List<HashSet<Signal>> Signals { get; } = [];

        public List<string> Evidence { get; } = [];

        public double Confidence { get; private set; }

        public void Add(IEnumerable<(Signal Signal, string Evidence)> signals, string how, double confidence)
        {
            var list = signals.ToList();
            Signals.Add(list.Select(s => s.Signal).ToHashSet());
            if (list.Count > 0)
            {
                Evidence.Add($"{string.Join(", ", list.Select(s => s.Evidence).Distinct())} — {how}");
                Confidence = Math.Max(Confidence, confidence);
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?")]
    private static partial System.Text.RegularExpressions.Regex NumberOrRange();
}
