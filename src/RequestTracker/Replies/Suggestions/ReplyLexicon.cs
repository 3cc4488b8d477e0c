using System.Text.RegularExpressions;
using RequestTracker.Requests;

namespace RequestTracker.Replies.Suggestions;

/// <summary>
/// The words of one language that a reply uses to answer, refuse, say nothing is held, acknowledge, put off, forward
/// or ask for a clarification — and the words that point at each kind of question. A reply is read with the rules of
/// its own language only: a Russian letter quoting one English word ("Confidential" stamped on the envelope) must not
/// become five refusals, nor an English one quoting a Russian title an answer.
/// </summary>
internal abstract partial class ReplyLexicon
{
    /// <summary>What a sentence does, strongest first in how a question's suggestion is decided.</summary>
    public enum Signal
    {
        Clarification,
        NotHeld,
        Refused,
        Extension,
        Forwarded,
        Acknowledged,
        Answer,
        Fact,

        /// <summary>"Сообщаем, что…": opens nearly every Russian letter, refusals too, so it counts as an answer only alone.</summary>
        Opener,
    }

    public static ReplyLexicon English { get; } = new EnglishLexicon();

    public static ReplyLexicon Russian { get; } = new RussianLexicon();

    public static IReadOnlyList<ReplyLexicon> Languages { get; } = [English, Russian];

    /// <summary>
    /// The rules for a text: Russian when most of its letters are Cyrillic, else English. A share, not a library: the
    /// replies come in two scripts, and a quoted word or a name in the other one does not tip a whole letter.
    /// </summary>
    public static ReplyLexicon Of(string text)
    {
        var letters = 0;
        var cyrillic = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                cyrillic += c is >= '\u0400' and <= '\u04FF' ? 1 : 0;
            }
        }

        return cyrillic * 2 > letters ? Russian : English;
    }

    /// <summary>"en" or "ru", as the API reports which rules read the reply.</summary>
    public abstract string Language { get; }

    public abstract IReadOnlyList<(Signal Signal, Regex Pattern)> Signals { get; }

    /// <summary>Out of office, a bounce, an unmonitored mailbox: nothing to record.</summary>
    public abstract Regex Automatic { get; }

    /// <summary>"question 3", "points 2-4": group 1 is the run of numbers.</summary>
    public abstract Regex Numbered { get; }

    /// <summary>"your second question": group 1 is the ordinal, found in <see cref="Ordinals"/> by its start.</summary>
    public abstract Regex Ordinal { get; }

    public abstract IReadOnlyList<string> Ordinals { get; }

    /// <summary>"all five questions": the sentence is about every question.</summary>
    public abstract Regex All { get; }

    /// <summary>
    /// "your request", "the information requested": a sentence about no question in particular that names the request
    /// as a whole (a registration, a blanket refusal) is surer than a stray word.
    /// </summary>
    public abstract Regex WholeRequest { get; }

    public abstract Regex SentenceBreak { get; }

    /// <summary>What, right after a numbered reference, shows it cites a law ("пункт 4 части 1 статьи 20"), not a question.</summary>
    public virtual Regex? Citation => null;

    /// <summary>Phrases that point at a question of each kind, matched on <see cref="Normalize"/>d text (weight 2 each).</summary>
    public abstract IReadOnlyList<Regex> Topic(QuestionCategory category);

    /// <summary>Stems too common in questions or letterheads to tell questions apart.</summary>
    public abstract IReadOnlySet<string> Stopwords { get; }

    public abstract string Stem(string word);

    /// <summary>Lower case and the names that would mislead the topic words; the length may change.</summary>
    public abstract string Normalize(string text);

    /// <summary>Spellings folded for the signals, one character for one, so evidence quotes the reply as written.</summary>
    public virtual string Fold(string text) => text;

    /// <summary>A mail client's read receipt, in whichever language the client speaks.</summary>
    [GeneratedRegex(@"^\s*(Read|Прочитано|Прочтено)\s*:", RegexOptions.IgnoreCase)]
    public static partial Regex ReadReceipt();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    public static partial Regex Word();

    /// <summary>A literal phrase as a topic pattern: matches where the text contains it.</summary>
    protected static Regex Phrase(string phrase) => new(Regex.Escape(phrase), RegexOptions.CultureInvariant);
}
