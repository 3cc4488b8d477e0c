namespace RequestTracker.Requests;

/// <summary>How a request the advocate sent themselves went to the authority.</summary>
internal enum SentBy
{
    /// <summary>From the advocate's own mailbox: the proof is the sent email (.eml), its Date the day.</summary>
    Email,

    /// <summary>By post: the proof is a scan of the letter or its receipt; the law counts from the day it was delivered.</summary>
    Post,

    /// <summary>Handed in at the authority's office: the proof is the copy it stamped.</summary>
    Hand,
}

/// <summary>
/// A request sent outside RequestTracker and recorded afterwards, with its proof: its questions' time runs from
/// <see cref="ReceivedOn"/>, the day the authority got it, which is what every law in <c>workflows/laws</c> counts from.
/// Kept beside the request (one per request) and in its dossier, as the evidence of sending an email of ours would be.
/// </summary>
internal sealed class SendingRecord
{
    public long Id { get; set; }

    public int RequestId { get; set; }

    public SentBy Channel { get; set; }

    /// <summary>The day it went out, where the authority is.</summary>
    public DateOnly SentOn { get; set; }

    /// <summary>The day the authority received it, where it is (an email: the day it was sent).</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The sent email's Message-Id, when the proof is one: a reply that quotes it can be matched by hand.</summary>
    public string? MessageId { get; set; }

    public string ProofName { get; set; } = string.Empty;

    /// <summary>Ours, from the file's kind (never the browser's claim).</summary>
    public string ProofType { get; set; } = string.Empty;

    public byte[] Proof { get; set; } = [];

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedAt { get; set; }
}
