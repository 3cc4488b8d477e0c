namespace RequestTracker.Definitions.Laws;

/// <summary>What a law requires a request to say about the person making it (8-FZ art. 18, FOIA s.8: a name and an address for the reply).</summary>
internal enum RequesterDetail
{
    Name,
    PostalAddress,
    Phone,
}
