namespace RequestTracker.Definitions;

/// <summary>One problem in a definition file, located so an editor can jump to it.</summary>
internal sealed record DefinitionError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
