namespace RequestTracker.Replies;

/// <summary>How a reply reached us: by email (read from the mailbox) or recorded by a person.</summary>
internal enum ReplyChannel
{
    Email,
    Post,
    Fax,
    Hand,
    Portal,
}

internal enum InboundStatus
{
    /// <summary>Matched to a request (by reply token, threading headers or a manager).</summary>
    Matched,

    /// <summary>Waiting in the review queue for a manager.</summary>
    Unmatched,

    /// <summary>A delivery status notification; the email it reports on is marked failed.</summary>
    Bounce,
}

/// <summary>
/// One email taken in. Kept whole (<see cref="Raw"/>) as evidence of what the authority sent; unique by
/// <see cref="MessageId"/> so a message read twice (a crash between fetch and commit, or a UIDVALIDITY
/// reset) is stored once.
/// </summary>
internal sealed class InboundMessage
{
    public long Id { get; set; }

    /// <summary>The header value, or a hash of the raw bytes for mail that carries none.</summary>
    public string MessageId { get; set; } = string.Empty;

    public InboundStatus Status { get; set; }

    public int? RequestId { get; set; }

    /// <summary>token / in-reply-to / references / manager / bounce: how the request was found.</summary>
    public string? MatchedBy { get; set; }

    public string FromName { get; set; } = string.Empty;

    public string FromAddress { get; set; } = string.Empty;

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public DateTime? SentDate { get; set; }

    public DateTime ReceivedAt { get; set; }

    public string TextBody { get; set; } = string.Empty;

    public byte[] Raw { get; set; } = [];

    public string Folder { get; set; } = string.Empty;

    public long UidValidity { get; set; }

    public long Uid { get; set; }

    public ReplyChannel Channel { get; set; } = ReplyChannel.Email;

    /// <summary>For a reply recorded by a person: the day it arrived (the postmark or receipt stamp), which may precede <see cref="ReceivedAt"/>.</summary>
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>For a reply recorded by a person: the date the letter bears, when they gave it.</summary>
    public DateOnly? LetterDate { get; set; }

    /// <summary>For a reply recorded by a person: that person's user id.</summary>
    public string? RecordedBy { get; set; }

    /// <summary>Attachments over the size limit are listed here by name and size, not stored.</summary>
    public string? Notes { get; set; }

    public List<InboundAttachment> Attachments { get; set; } = [];
}

/// <summary>An attachment of an inbound email, stored in the database under a generated name.</summary>
internal sealed class InboundAttachment
{
    public long Id { get; set; }

    public long InboundMessageId { get; set; }

    /// <summary>Generated (e.g. "reply-12-1.pdf"): never a path or a name the sender chose.</summary>
    public string StoredName { get; set; } = string.Empty;

    /// <summary>The sender's file name, for display only.</summary>
    public string OriginalName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    /// <summary>Withheld from the public page and feed of a published request (a cover note, a name); shown to those who may read the request.</summary>
    public bool Private { get; set; }

    public byte[] Content { get; set; } = [];
}
