namespace RequestTracker.Batches;

/// <summary>
/// One set of questions filed to several authorities at once. Each authority gets its own request (its law,
/// calendar, zone, deadlines and letter); the batch only ties them together, so everything a request does
/// it still does alone.
/// </summary>
internal sealed class Batch
{
    /// <summary>Most authorities one batch may name: each is a request and a letter; this bounds one filing's transaction.</summary>
    public const int MaxAuthorities = 50;

    private Batch()
    {
    }

    public Batch(string ownerId, string title, DateTime now)
    {
        OwnerId = ownerId;
        Title = title;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public string OwnerId { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }
}
