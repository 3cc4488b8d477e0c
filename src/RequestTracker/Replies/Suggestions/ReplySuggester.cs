using System.Text;
using RequestTracker.Definitions;
using RequestTracker.Requests;
using static RequestTracker.Replies.Suggestions.ReplyLexicon;

namespace RequestTracker.Replies.Suggestions;

internal sealed record SuggestionQuestion(int Id, int Position, QuestionCategory Category, string Text);

/// <summary>A reply as the suggester reads it: subject, text, and each attachment's name with its text where it could be extracted.</summary>
internal sealed record ReplyContent(string Subject, string Text, IReadOnlyList<(string Name, string? Text)> Attachments);

/// <summary>What a reply seems to do for one question: the action to record (null: nothing), how sure, and why.</summary>
internal sealed record QuestionSuggestion(int QuestionId, int Position, Trigger? Action, double Confidence, IReadOnlyList<string> Evidence)
{
    /// <summary>Sure enough to be chosen in the form before the advocate looks; below it, only shown as a hint.</summary>
    public bool Preselected => Action is not null && Confidence >= ReplySuggester.PreselectAt;
}

/// <summary>
/// <see cref="Kind"/>: automatic (out of office, bounce, read receipt — nothing to record) or substantive;
/// <see cref="Language"/>: whose rules read it ("en", "ru").
/// </summary>
internal sealed record ReplySuggestions(string Kind, string Language, IReadOnlyList<QuestionSuggestion> Questions);

/// <summary>
/// Suggests, for each question of a request, what a reply does about it — answered, partly, refused, not held,
/// acknowledged (or forwarded), extended, clarification asked, or nothing — from its sentences and attachments, with
/// the phrases that decided it, read with the rules of the reply's language (<see cref="ReplyLexicon.Of"/>).
/// Rules, not a model: each step is evidence a person can check, and nothing is recorded until they confirm.
/// </summary>
internal static partial class ReplySuggester
{
    /// <summary>
    /// The confidence from which the classify form chooses the suggested action by itself; below it the action is only
    /// shown as a hint. Confidence says how surely a sentence is about the question: 0.9 it numbers it ("question 3",
    /// "по пункту 2") or says "all questions", 0.8 it names the request as a whole ("your request", "Ваш запрос"), 0.7
    /// its topic words, 0.6 only an attachment's words, 0.5 a phrase about nothing in particular. Measured on the four
    /// labelled sets (the benchmark prints it per level): from 0.8 up 158 of 158 suggestions were right; at 0.7, 63 of
    /// 75, and on the held-out replies only 15 of 24 — too many guesses for one click to record as legal facts (issue 24).
    /// </summary>
    public const double PreselectAt = 0.8;

    public static ReplySuggestions Suggest(ReplyContent reply, IReadOnlyList<SuggestionQuestion> questions)
    {
        // The authority's words decide the language; the subject is often the advocate's own, sent back with "Re:".
        var lexicon = Of(string.IsNullOrWhiteSpace(reply.Text) ? reply.Subject : reply.Text);
        if (AutomaticReason(reply, lexicon) is { } why)
        {
            return new ReplySuggestions("automatic", lexicon.Language, questions.Select(q => new QuestionSuggestion(q.Id, q.Position, null, 0.9, [why])).ToList());
        }

        var profiles = new Dictionary<ReplyLexicon, List<Profile>>();
        List<Profile> ProfilesIn(ReplyLexicon l) => profiles.TryGetValue(l, out var p) ? p : profiles[l] = Profiles(questions, l);
        var found = questions.ToDictionary(q => q.Position, _ => new Found());
        var blanket = new Found();
        foreach (var sentence in Sentences(reply.Text, lexicon))
        {
            var folded = lexicon.Fold(sentence);
            var signals = lexicon.Signals.Select(s => (s.Signal, Match: s.Pattern.Match(folded))).Where(s => s.Match.Success).ToList();
            var (about, how, confidence) = About(folded, questions, ProfilesIn(lexicon), lexicon);
            var target = about.Count == 0 ? [blanket] : about.Select(p => found[p]).ToList();
            foreach (var f in target)
            {
                f.Add(signals.Select(s => (s.Signal, $"\"{Whole(sentence, s.Match)}\"")), how, confidence);
            }
        }

        foreach (var (name, text) in reply.Attachments)
        {
            // Each attachment in its own language: a Russian letter may carry an English annex, and the other way round.
            var raw = $"{Path.GetFileNameWithoutExtension(name).Replace('_', ' ').Replace('-', ' ')} {text}";
            var own = Of(raw);
            if (Best(own.Normalize(raw), ProfilesIn(own), own) is { } best)
            {
                found[best.Position].Add([(Signal.Answer, $"attachment {name}")], $"its words match question {best.Position}", 0.6);
            }
        }

        return new ReplySuggestions("substantive", lexicon.Language, questions.Select(q => Decide(q, found[q.Position], blanket))
            .OrderByDescending(s => s.Action is null ? 0 : s.Confidence).ThenBy(s => s.Position).ToList());
    }

    /// <summary>
    /// Out of office, a bounce, a read receipt. The subject is tried with every language's rules: it is the mail
    /// client's ("Automatic reply:" over a Russian text), and the worst it can do is suggest nothing.
    /// </summary>
    private static string? AutomaticReason(ReplyContent reply, ReplyLexicon lexicon)
    {
        if (ReadReceipt().IsMatch(reply.Subject))
        {
            return "automatic reply: a read receipt";
        }

        var automatic = lexicon.Automatic.Match(lexicon.Fold(reply.Text));
        if (automatic.Success)
        {
            return $"automatic reply: \"{automatic.Value}\"";
        }

        return Languages.Select(l => l.Automatic.Match(l.Fold(reply.Subject))).FirstOrDefault(m => m.Success) is { } subject
            ? $"automatic reply: \"{subject.Value}\""
            : null;
    }

    private static QuestionSuggestion Decide(SuggestionQuestion q, Found own, Found blanket)
    {
        if (Action(own.Signals, strongOnly: false) is { } action)
        {
            return new QuestionSuggestion(q.Id, q.Position, action, own.Confidence, Explained(action, own));
        }

        // A sentence about no question in particular counts for every question: except an answer, which says nothing of which.
        return Action(blanket.Signals, strongOnly: true) is { } general
            ? new QuestionSuggestion(q.Id, q.Position, general, blanket.Confidence, Explained(general, blanket))
            : new QuestionSuggestion(q.Id, q.Position, null, 0, own.Evidence);
    }

    /// <summary>The lifecycle has no "forwarded": the question waits for the other body's reply, as an acknowledged one does.</summary>
    private static List<string> Explained(Trigger action, Found found) =>
        action == Trigger.Acknowledged && found.Signals.Any(s => s.Contains(Signal.Forwarded))
            ? [.. found.Evidence, "forwarded to another body: recorded as acknowledged, since the lifecycle has no action for forwarding; the question still awaits its reply"]
            : found.Evidence;

    /// <summary>Signals per sentence, decided together: an answer and a refusal make a partial answer.</summary>
    private static Trigger? Action(List<HashSet<Signal>> sentences, bool strongOnly)
    {
        var results = sentences.Select(s => Sentence(s, strongOnly)).Where(r => r is not null).ToHashSet();
        var answered = results.Contains(Trigger.Answered);
        if (results.Contains(Trigger.PartiallyAnswered) || (answered && (results.Contains(Trigger.Refused) || results.Contains(Trigger.NotHeld))))
        {
            return Trigger.PartiallyAnswered;
        }

        return answered ? Trigger.Answered
            : results.Contains(Trigger.Refused) ? Trigger.Refused
            : results.Contains(Trigger.NotHeld) ? Trigger.NotHeld
            : results.Contains(Trigger.ClarificationAsked) ? Trigger.ClarificationAsked
            : results.Contains(Trigger.ExtensionAnnounced) ? Trigger.ExtensionAnnounced
            : results.Contains(Trigger.Acknowledged) ? Trigger.Acknowledged
            : null;
    }

    private static Trigger? Sentence(HashSet<Signal> s, bool strongOnly)
    {
        var answer = s.Contains(Signal.Answer) || (!strongOnly && (s.Contains(Signal.Fact) || (s.Contains(Signal.Opener) && s.Count == 1)));
        if (s.Contains(Signal.Clarification))
        {
            return Trigger.ClarificationAsked; // "the request does not let us tell what is asked; please clarify" is no refusal yet
        }

        if (s.Contains(Signal.NotHeld))
        {
            return Trigger.NotHeld;
        }

        if (s.Contains(Signal.Refused))
        {
            return answer && !strongOnly ? Trigger.PartiallyAnswered : Trigger.Refused;
        }

        return s.Contains(Signal.Extension) ? Trigger.ExtensionAnnounced
            : s.Contains(Signal.Forwarded) || s.Contains(Signal.Acknowledged) ? Trigger.Acknowledged
            : answer && !strongOnly ? Trigger.Answered
            : null;
    }

    /// <summary>Sentences, and within one the clauses that start with their own reference ("по п. 1 …; по п. 2 …").</summary>
    private static IEnumerable<string> Sentences(string text, ReplyLexicon lexicon)
    {
        foreach (var sentence in lexicon.SentenceBreak.Split(text).Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            var clause = new StringBuilder();
            foreach (var part in sentence.Split(';'))
            {
                if (clause.Length > 0 && StartsWithReference(lexicon.Fold(part), lexicon))
                {
                    yield return clause.ToString().Trim();
                    clause.Clear();
                }
                else if (clause.Length > 0)
                {
                    clause.Append(';');
                }

                clause.Append(part);
            }

            yield return clause.ToString().Trim();
        }
    }

    private static bool StartsWithReference(string clause, ReplyLexicon lexicon) =>
        lexicon.Numbered.Match(clause) is { Success: true, Index: < 16 } || lexicon.Ordinal.Match(clause) is { Success: true, Index: < 16 };

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
}
