namespace RequestTracker.Definitions.Laws;

/// <summary>
/// How a letter in one language names a law and the provisions it relies on: the provision that gives the right
/// (<see cref="Right"/>), the one that sets the time (<see cref="Time"/>) and the one that opens a complaint or an
/// appeal (<see cref="Appeal"/>). <see cref="Genitive"/> is the name as Russian writes it after "статья 8…"
/// ("Федерального закона …"); languages without cases give the name again.
/// </summary>
internal sealed record LawCitation(string Name, string Genitive, string Right, string Time, string Appeal)
{
    /// <summary>The provision (of this law or another) that moves a last day falling on a day off; empty where none is cited.</summary>
    public string LastDay { get; init; } = string.Empty;
}
