namespace RequestTracker.Definitions.Laws;

/// <summary>
/// How a letter in one language names a law and the provisions it relies on: the provision that gives the right
/// (<see cref="Right"/>), the one that sets the time (<see cref="Time"/>) and the one that opens a complaint or an
/// appeal (<see cref="Appeal"/>). <see cref="Genitive"/> is the name as Russian writes it after "статья 8…"
/// ("Федерального закона …"); languages without cases give the name again.
/// </summary>
internal sealed record LawCitation(string Name, string Genitive, string Right, string Time, string Appeal);
