namespace RequestTracker.Mail.Intake;

/// <summary>How far intake has read a folder, and who is reading it (a lease, so one replica reads at a time).</summary>
internal sealed class MailboxCursor
{
    public string Folder { get; set; } = string.Empty;

    public long UidValidity { get; set; }

    public long LastUid { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    public DateTime UpdatedAt { get; set; }
}
