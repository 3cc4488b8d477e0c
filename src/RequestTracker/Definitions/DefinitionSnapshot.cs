namespace RequestTracker.Definitions;

/// <summary>Every definition file the app has run, by content hash, so pinned questions never lose their rules.</summary>
internal sealed class DefinitionSnapshot
{
    public string Hash { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string DefinitionId { get; set; } = string.Empty;

    public int Version { get; set; }

    public string File { get; set; } = string.Empty;

    public string Content { get; set; } = string.Empty;

    public DateTime StoredAt { get; set; }
}
