using System.Globalization;
using System.Text.RegularExpressions;

namespace RequestTracker.Replies.Suggestions;

/// <summary>
/// Which questions a sentence is about: the ones it numbers ("question 3", "по пункту 2", "your second point", "2."),
/// else the question whose words it uses most (at least two points), else none — then it counts for every question
/// (a blanket acknowledgement or refusal), surer when it names the request as a whole.
/// </summary>
internal static partial class ReplySuggester
{
    private const int TopicThreshold = 2;

    /// <summary>Which questions a sentence (folded by its lexicon) is about, how that was seen, and how sure.</summary>
    private static (List<int> Positions, string How, double Confidence) About(string sentence, IReadOnlyList<SuggestionQuestion> questions, List<Profile> profiles, ReplyLexicon lexicon)
    {
        if (lexicon.All.Match(sentence) is { Success: true } all)
        {
            return (questions.Select(q => q.Position).ToList(), $"\"{Whole(sentence, all)}\"", 0.9);
        }

        var numbered = new SortedSet<int>();
        foreach (Match m in lexicon.Numbered.Matches(sentence))
        {
            // "в соответствии с пунктом 4 части 1 статьи 20" numbers a law's point, not a question.
            if (lexicon.Citation?.IsMatch(sentence[(m.Index + m.Length)..]) != true)
            {
                numbered.UnionWith(Numbers(m.Groups[1].Value));
            }
        }

        foreach (Match m in lexicon.Ordinal.Matches(sentence))
        {
            foreach (Match word in ReplyLexicon.Word().Matches(m.Groups[1].Value))
            {
                var index = lexicon.Ordinals.ToList().FindIndex(o => word.Value.StartsWith(o, StringComparison.OrdinalIgnoreCase));
                numbered.Add(index + 1);
            }
        }

        if (Leading().Match(sentence) is { Success: true } leading)
        {
            numbered.Add(int.Parse(leading.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        numbered.RemoveWhere(n => n < 1 || n > questions.Count);
        if (numbered.Count > 0)
        {
            return (numbered.ToList(), $"names question {string.Join(", ", numbered)}", 0.9);
        }

        if (Best(lexicon.Normalize(sentence), profiles, lexicon) is { } best)
        {
            return ([best.Position], $"its words match question {best.Position} ({string.Join(", ", best.Matched)})", 0.7);
        }

        return lexicon.WholeRequest.Match(sentence) is { Success: true } whole
            ? ([], $"about the request as a whole (\"{Whole(sentence, whole)}\")", 0.8)
            : ([], "about no question in particular", 0.5);
    }

    /// <summary>The matched words whole ("enclos" → "enclosed"), as the advocate reads them in the reply.</summary>
    private static string Whole(string sentence, Match match)
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

    /// <summary>"1, 3 and 5" → 1, 3, 5; "2-4" → 2, 3, 4 (a dash joins only the two numbers on its sides).</summary>
    private static IEnumerable<int> Numbers(string run)
    {
        foreach (Match m in NumberOrRange().Matches(run))
        {
            var from = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : from;
            for (var n = from; n <= Math.Min(to, from + 19); n++)
            {
                yield return n;
            }
        }
    }

    /// <summary>The question whose words the (normalized) text uses most (ties: none — the text does not say which).</summary>
    private static (int Position, List<string> Matched)? Best(string text, List<Profile> profiles, ReplyLexicon lexicon)
    {
        var words = ReplyLexicon.Word().Matches(text).Select(m => lexicon.Stem(m.Value)).ToHashSet(StringComparer.Ordinal);
        var scored = profiles.Select(p =>
        {
            var phrases = p.Phrases.Select(x => x.Match(text)).Where(m => m.Success).Select(m => Short(Whole(text, m))).ToList();
            var own = p.Words.Where(words.Contains).ToList();
            // A stem already inside a phrase shown ("обоснов" in "правового обоснования") scores but is not repeated.
            var shown = own.Where(w => !phrases.Any(x => x.Contains(w, StringComparison.Ordinal)));
            return (p.Position, Score: (2 * phrases.Count) + own.Count, Matched: phrases.Concat(shown).ToList());
        }).OrderByDescending(s => s.Score).ToList();
        return scored.Count > 0 && scored[0].Score >= TopicThreshold && (scored.Count == 1 || scored[1].Score < scored[0].Score)
            ? (scored[0].Position, scored[0].Matched)
            : null;
    }

    /// <summary>A topic phrase as evidence: "обращение … с просьбой", not the eighty letters between.</summary>
    private static string Short(string phrase) => phrase.Length <= 40 ? phrase : $"{phrase[..18].TrimEnd()} … {phrase[^18..].TrimStart()}";

    /// <summary>Each question's topic phrases, and the words of its own text that no other question uses (weight 1 each).</summary>
    private static List<Profile> Profiles(IReadOnlyList<SuggestionQuestion> questions, ReplyLexicon lexicon)
    {
        var words = questions.ToDictionary(q => q.Position, q => ReplyLexicon.Word().Matches(lexicon.Normalize(q.Text)).Select(m => lexicon.Stem(m.Value))
            .Where(w => w.Length >= 4 && !lexicon.Stopwords.Contains(w)).ToHashSet(StringComparer.Ordinal));
        return questions.Select(q => new Profile(
            q.Position,
            lexicon.Topic(q.Category),
            words[q.Position].Where(w => questions.All(o => o.Position == q.Position || !words[o.Position].Contains(w))).ToList())).ToList();
    }

    private sealed record Profile(int Position, IReadOnlyList<Regex> Phrases, IReadOnlyList<string> Words);

    [GeneratedRegex(@"(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?")]
    private static partial Regex NumberOrRange();

    /// <summary>A sentence that starts "2." or "(2)": a numbered answer.</summary>
    [GeneratedRegex(@"^\(?(\d{1,2})[.)]\s")]
    private static partial Regex Leading();
}
