namespace RequestTracker.Mail;

internal enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>
/// An email decided by the workflow write path, in the same transaction as the decision. Delivery is a
/// separate worker; <see cref="DedupKey"/> makes one decision one email even when several questions of a
/// request reach the same ladder step together.
/// </summary>
internal sealed class OutboxMessage
{
    public long Id { get; set; }

    public int RequestId { get; set; }

    public int? QuestionId { get; set; }

    public string Template { get; set; } = string.Empty;

    public string? StepId { get; set; }

    public string RecipientName { get; set; } = string.Empty;

    public string RecipientAddress { get; set; } = string.Empty;

    public string DedupKey { get; set; } = string.Empty;

    public OutboxStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }
}
