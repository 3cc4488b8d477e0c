namespace RequestTracker.Publishing;

/// <summary>
/// A request made public, now or from <see cref="PublishedAt"/> (an embargo). One row per published request and
/// none for the rest, so the public index and each authority's list walk only what is public, newest first.
/// Deleting the row unpublishes at once. A request that is no longer sent (withdrawn) is not shown whatever its row says.
/// </summary>
internal sealed class Publication
{
    public int RequestId { get; set; }

    public int AuthorityId { get; set; }

    public int? BatchId { get; set; }

    /// <summary>From when the request is public; in the future while embargoed.</summary>
    public DateTime PublishedAt { get; set; }

    public string PublishedBy { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}
