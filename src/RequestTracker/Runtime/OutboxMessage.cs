using RequestTracker.Background;

namespace RequestTracker.Runtime;

internal enum OutboxStatus
{
    Queued,
    Sent,
    Failed,

    /// <summary>Never handed to the server: its request was withdrawn first.</summary>
    Cancelled,
}

/// <summary>
/// An email decided by the workflow write path, in the same transaction as the decision. The delivery
/// worker renders it once (<see cref="Mime"/>, <see cref="MessageId"/>) and sends those exact bytes on every
/// attempt, so a resend after a crash is the same message; the stored MIME and the server's reply are the
/// proof of sending. <see cref="DedupKey"/> makes one decision one email even when several questions of a
/// request reach the same ladder step together.
/// </summary>
internal sealed class OutboxMessage : ILeasedRow
{
    public long Id { get; set; }

    /// <summary>Null for emails about no single request (the manager digest).</summary>
    public int? RequestId { get; set; }

    public int? QuestionId { get; set; }

    public string Template { get; set; } = string.Empty;

    public string? StepId { get; set; }

    /// <summary>The reviewed or written letter whose text this email carries (rendered from it, not from a template).</summary>
    public long? LetterId { get; set; }

    /// <summary>The language its template is chosen in (the request's, or the recipient's for the product's own emails).</summary>
    public string Language { get; set; } = "en";

    public string RecipientName { get; set; } = string.Empty;

    public string RecipientAddress { get; set; } = string.Empty;

    public string DedupKey { get; set; } = string.Empty;

    public OutboxStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Deterministic, derived from <see cref="Id"/>; set when the message is rendered.</summary>
    public string? MessageId { get; set; }

    public string? Subject { get; set; }

    /// <summary>The exact bytes sent (RFC 5322), rendered on the first attempt.</summary>
    public byte[]? Mime { get; set; }

    /// <summary>The plain text of a request's email as rendered, for search (null for email about no request).</summary>
    public string? Text { get; set; }

    /// <summary>Question ids the email lists, comma-separated: its journal entries go to each.</summary>
    public string? Covers { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this time (retry backoff); null means as soon as possible.</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>The worker holding the row while it is sent; on a sent row, the worker (replica) that sent it.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    /// <summary>The server's final reply: the acceptance on success, the refusal on failure.</summary>
    public string? ServerReply { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime? FailedAt { get; set; }

    /// <summary>The questions the email concerns: those it lists, else the question that decided it.</summary>
    public IEnumerable<int> CoveredQuestions() =>
        string.IsNullOrEmpty(Covers)
            ? QuestionId is { } q ? [q] : []
            : Covers.Split(',').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture));
}
