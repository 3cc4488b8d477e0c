using System.Text.RegularExpressions;
using RequestTracker.Requests;

namespace RequestTracker.Suggestions;

/// <summary>
/// The words a reply uses to answer, refuse, say nothing is held, acknowledge or put off — and the words that
/// point at each kind of question. Plain English phrases, each a piece of evidence the advocate is shown.
/// </summary>
internal static partial class ReplyLexicon
{
    /// <summary>What a sentence does, strongest first in how a question's suggestion is decided.</summary>
    public enum Signal
    {
        NotHeld,
        Refused,
        Extension,
        Acknowledged,
        Answer,
        Fact,
    }

    public static readonly IReadOnlyList<(Signal Signal, Regex Pattern)> Signals =
    [
        (Signal.NotHeld, NotHeld()),
        (Signal.Refused, Refused()),
        (Signal.Extension, Extension()),
        (Signal.Acknowledged, Acknowledged()),
        (Signal.Answer, Answer()),
        (Signal.Fact, Fact()),
    ];

    /// <summary>Phrases that point at a question of each kind (weight 2 each; distinctive words of the question's own text add 1).</summary>
    public static IReadOnlyList<string> Topic(QuestionCategory category) => category switch
    {
        QuestionCategory.Timeline => ["initiative", "was made", "made on", "was received", "received on", "sent on", "chronology", "timing", "date", "when and"],
        QuestionCategory.RequestText => ["official text", "the text", "text of", "precise terms", "terms of the", "copy of the", "wording"],
        QuestionCategory.VoteRecords => ["vote", "voted", "voting", "votes", "decision procedure", "procedures", "consensus", "unanimous", "abstention", "minutes", "each member state", "member states", "deliberations", "the decision"],
        QuestionCategory.Article51Report => ["article 51", "security council", "self-defence", "self defence", "report", "reported", "reporting", "notified", "s/20"],
        QuestionCategory.LegalJustification => ["legal justification", "legal basis", "legal opinion", "legal analysis", "published", "publication", "gazette", "statement"],
        _ => [],
    };

    /// <summary>Words too common in questions to tell them apart.</summary>
    public static readonly IReadOnlySet<string> Stopwords = new HashSet<string>(StringComparer.Ordinal)
    {
        "what", "when", "were", "that", "this", "with", "from", "have", "been", "each", "please", "under", "which", "will", "there", "their",
        "them", "they", "your", "into", "also", "does", "about", "after", "before", "other", "than", "then", "these", "those", "would", "could",
        "should", "whether", "request", "requests", "information",
    };

    [GeneratedRegex(@"out of (the )?office|automatic reply|auto-?reply|on leave\b|away from (the|my) office|undeliverable|delivery has failed|mailbox is full|not monitored|was read on|will not be forwarded|limited access to (e-?mail|my e-?mail)", RegexOptions.IgnoreCase)]
    public static partial Regex Automatic();

    [GeneratedRegex(@"\bdo(es)? not hold|\bholds? no\b|\bnot held\b|\bno record|\bno such (record|document|information)|\bfound no\b|\bdoes not exist|\bno documents\b|\bno information on\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotHeld();

    [GeneratedRegex(@"\bnot (be )?disclosed|cannot be disclosed|not subject to disclosure|disclosure is refused|\brefuse|\bdeclin|unable to provide|cannot (be )?provide|\bconfidential|\bclassified|\bwithh[oe]ld|\bexempt|\brestricted\b|\bprivileged\b|will not be published|\bnot public\b|\bnot released\b|outside the scope|not within our competence|for internal use|internal documents?\b|\bredact|\bremoved as\b|personal data|\bsecret\b", RegexOptions.IgnoreCase)]
    private static partial Regex Refused();

    [GeneratedRegex(@"\bextended\b|\bextension\b|additional time|more time|further time", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    [GeneratedRegex(@"acknowledge|confirm receipt|received your|have received|has been received|been registered|registered under|being processed|forwarded to|passed to|in due course|will be considered|will respond|will receive a reply|within the time limit", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledged();

    [GeneratedRegex(@"\benclos|\battach|please find|we provide|we send|here is|as requested|copy of|in reply to|in answer to|in response to|we can confirm", RegexOptions.IgnoreCase)]
    private static partial Regex Answer();

    [GeneratedRegex(@"\b\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(was|were|voted|decided|met|adopted|sent|published|reported|notified|took place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fact();

    /// <summary>"question 3", "items 1, 3 and 5", "points 2-4".</summary>
    [GeneratedRegex(@"\b(?:questions?|items?|points?)\s+((?:\d{1,2}\s*(?:,|and|&|or|-|–)?\s*)+)", RegexOptions.IgnoreCase)]
    public static partial Regex Numbered();

    /// <summary>"your second question", "the first point".</summary>
    [GeneratedRegex(@"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(question|point|item)", RegexOptions.IgnoreCase)]
    public static partial Regex Ordinal();

    /// <summary>A sentence that starts "2." or "(2)": a numbered answer.</summary>
    [GeneratedRegex(@"^\(?(\d{1,2})[.)]\s")]
    public static partial Regex Leading();

    [GeneratedRegex(@"\ball (of )?(your|the|five|four|three|\d+) (questions|points|items)|\ball (your|the) questions", RegexOptions.IgnoreCase)]
    public static partial Regex All();

    [GeneratedRegex(@"(?<=[.!?])(?<!\b\d{1,2}\.)\s+|\n+")]
    public static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    public static partial Regex Word();
}
