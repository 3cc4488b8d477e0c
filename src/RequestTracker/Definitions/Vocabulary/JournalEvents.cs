namespace RequestTracker.Definitions;

/// <summary>Journal events that are not triggers: the question started, and what happened to its emails.</summary>
internal static class JournalEvents
{
    public const string Started = "started";
    public const string EmailSent = "email-sent";
    public const string EmailFailed = "email-failed";
    public const string EmailBounced = "email-bounced";
    public const string EmailRetried = "email-retried";
    public const string EmailCancelled = "email-cancelled";

    /// <summary>A letter drafted by a step or written by the advocate is sent after review (the note holds both texts' hashes).</summary>
    public const string LetterSent = "letter-sent";
    public const string LetterFiled = "letter-filed";
    public const string LetterDiscarded = "letter-discarded";

    /// <summary>A calendar file changed under a running question: its last day moved, or (earlier than stated) was flagged.</summary>
    public const string CalendarUpdated = "calendar-updated";
}
