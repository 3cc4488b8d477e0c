namespace RequestTracker.Runtime;

/// <summary>Append-only history of a question: what happened, when, why, by whom, under which rule.</summary>
internal sealed class JournalEntry
{
    public long Id { get; set; }

    public int QuestionId { get; set; }

    public int RequestId { get; set; }

    public DateTime At { get; set; }

    /// <summary>For a timer, the instant it was due (the computed instant), which may be before <see cref="At"/>.</summary>
    public DateTime? ScheduledFor { get; set; }

    public string Event { get; set; } = string.Empty;

    public string? FromState { get; set; }

    public string? ToState { get; set; }

    /// <summary>A user id, or "timer" / "system" / "mail".</summary>
    public string Actor { get; set; } = string.Empty;

    public string Note { get; set; } = string.Empty;

    public string Rule { get; set; } = string.Empty;

    /// <summary>The entry's place in its request's hash chain: 1 for the first entry of the request (see <see cref="JournalChain"/>).</summary>
    public int? ChainSeq { get; set; }

    /// <summary>The hash of the entry before it in the chain; null for the first.</summary>
    public string? PrevHash { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the entry's canonical form, which includes <see cref="PrevHash"/>.</summary>
    public string? Hash { get; set; }
}
