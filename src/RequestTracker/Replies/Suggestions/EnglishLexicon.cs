using System.Text.RegularExpressions;
using RequestTracker.Requests;

namespace RequestTracker.Replies.Suggestions;

/// <summary>Plain English phrases, each a piece of evidence the advocate is shown.</summary>
internal sealed partial class EnglishLexicon : ReplyLexicon
{
    private static readonly Dictionary<QuestionCategory, Regex[]> Topics = new()
    {
        [QuestionCategory.Timeline] = Phrases("initiative", "was made", "made on", "was received", "received on", "sent on", "chronology", "timing", "date", "when and"),
        [QuestionCategory.RequestText] = Phrases("official text", "the text", "text of", "precise terms", "terms of the", "copy of the", "wording"),
        [QuestionCategory.VoteRecords] = Phrases("vote", "voted", "voting", "votes", "decision procedure", "procedures", "consensus", "unanimous", "abstention", "minutes", "each member state", "member states", "deliberations", "the decision"),
        [QuestionCategory.Article51Report] = Phrases("article 51", "security council", "self-defence", "self defence", "report", "reported", "reporting", "notified", "s/20"),
        [QuestionCategory.LegalJustification] = Phrases("legal justification", "legal basis", "legal opinion", "legal analysis", "published", "publication", "gazette", "statement"),
    };

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "what", "when", "were", "that", "this", "with", "from", "have", "been", "each", "please", "under", "which", "will", "there", "their",
        "them", "they", "your", "into", "also", "does", "about", "after", "before", "other", "than", "then", "these", "those", "would", "could",
        "should", "whether", "request", "requests", "information",
    };

    public override string Language => "en";

    public override IReadOnlyList<(Signal Signal, Regex Pattern)> Signals { get; } =
    [
        (Signal.Clarification, Clarification()),
        (Signal.NotHeld, NotHeld()),
        (Signal.Refused, Refused()),
        (Signal.Extension, Extension()),
        (Signal.Forwarded, Forwarded()),
        (Signal.Acknowledged, Acknowledged()),
        (Signal.Answer, Answer()),
        (Signal.Fact, Fact()),
    ];

    public override Regex Automatic => AutomaticReply();

    public override Regex Numbered => NumberedReference();

    public override Regex Ordinal => OrdinalReference();

    public override IReadOnlyList<string> Ordinals { get; } = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    public override Regex All => AllQuestions();

    public override Regex WholeRequest => Whole();

    public override Regex SentenceBreak => Break();

    public override IReadOnlySet<string> Stopwords => Common;

    public override IReadOnlyList<Regex> Topic(QuestionCategory category) => Topics.GetValueOrDefault(category) ?? [];

    public override string Stem(string word) => word.Length > 4 && word.EndsWith('s') ? word[..^1] : word;

    /// <summary>The CSTO's "Collective Security Council" is not the UN Security Council.</summary>
    public override string Normalize(string text) =>
        text.ToLowerInvariant().Replace("collective security council", "csc", StringComparison.Ordinal);

    private static Regex[] Phrases(params string[] phrases) => [.. phrases.Select(Phrase)];

    [GeneratedRegex(@"out of (the )?office|automatic reply|auto-?reply|on leave\b|away from (the|my) office|undeliverable|delivery has failed|mailbox is full|not monitored|was read on|will not be forwarded|limited access to (e-?mail|my e-?mail)", RegexOptions.IgnoreCase)]
    private static partial Regex AutomaticReply();

    [GeneratedRegex(@"please (clarify|specify)|could you (please )?(clarify|specify)|\bclarify (which|what|whether|your)|more precisely (which|what)", RegexOptions.IgnoreCase)]
    private static partial Regex Clarification();

    [GeneratedRegex(@"\bdo(es)? not hold|\bholds? no\b|\bnot held\b|\bno record|\bno such (record|document|information)|\bfound no\b|\bdoes not exist|\bno documents\b|\bno information on\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotHeld();

    [GeneratedRegex(@"\bnot (be )?disclosed|cannot be disclosed|not subject to disclosure|disclosure is refused|\brefuse|\bdeclin|unable to provide|cannot (be )?provide|\bconfidential|\bclassified|\bwithh[oe]ld|\bexempt|\brestricted\b|\bprivileged\b|will not be published|\bnot public\b|\bnot released\b|outside the scope|not within our competence|for internal use|internal documents?\b|\bredact|\bremoved as\b|personal data|\bsecret\b", RegexOptions.IgnoreCase)]
    private static partial Regex Refused();

    [GeneratedRegex(@"\bextended\b|\bextension\b|additional time|more time|further time", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    /// <summary>Sent on to another body — said of the request itself, not of a letter passed to a department inside.</summary>
    [GeneratedRegex(@"\b(transferred|referred|redirected|forwarded) (your (request|letter|enquiry)|it) to\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forwarded();

    [GeneratedRegex(@"acknowledge|confirm receipt|received your|have received|has been received|been registered|registered under|being processed|forwarded to|passed to|in due course|will be considered|will respond|will receive a reply|within the time limit", RegexOptions.IgnoreCase)]
    private static partial Regex Acknowledged();

    [GeneratedRegex(@"\benclos|\battach|please find|we provide|we send|here is|as requested|copy of|in reply to|in answer to|in response to|we can confirm", RegexOptions.IgnoreCase)]
    private static partial Regex Answer();

    [GeneratedRegex(@"\b\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(was|were|voted|decided|met|adopted|sent|published|reported|notified|took place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fact();

    [GeneratedRegex(@"\b(?:questions?|items?|points?)\s+((?:\d{1,2}\s*(?:,|and|&|or|-|–)?\s*)+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedReference();

    [GeneratedRegex(@"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(question|point|item)", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalReference();

    [GeneratedRegex(@"\ball (of )?(your|the|five|four|three|\d+) (questions|points|items)|\ball (your|the) questions", RegexOptions.IgnoreCase)]
    private static partial Regex AllQuestions();

    [GeneratedRegex(@"\byour (request|letter|application|enquiry|inquiry|message|email)\b|\binformation (you )?(requested|asked for)\b|\bthe requested information\b", RegexOptions.IgnoreCase)]
    private static partial Regex Whole();

    [GeneratedRegex(@"(?<=[.!?])(?<!\b\d{1,2}\.)\s+|\n+")]
    private static partial Regex Break();
}
