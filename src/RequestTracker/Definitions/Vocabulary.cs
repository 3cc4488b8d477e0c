namespace RequestTracker.Definitions;

/// <summary>
/// The triggers and timer instants the runtime gives meaning to. A lifecycle definition wires them
/// into states and transitions; the loader rejects any other name.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Triggers a user records through the API or a page.</summary>
    public static readonly IReadOnlySet<string> Actions = new HashSet<string>(StringComparer.Ordinal)
    {
        "acknowledged", "clarification-asked", "clarification-given", "extension-announced", "answered",
        "partially-answered", "refused", "not-held", "escalated", "withdrawn",
    };

    /// <summary>Triggers raised by the runtime itself: timers and incoming mail.</summary>
    public static readonly IReadOnlySet<string> System = new HashSet<string>(StringComparer.Ordinal)
    {
        "deadline-passed", "step-due", "ladder-exhausted", "rights-warning", "authority-replied",
    };

    /// <summary>Instants a state's timer can be armed at; an undefined instant arms nothing.</summary>
    public static readonly IReadOnlySet<string> Instants = new HashSet<string>(StringComparer.Ordinal)
    {
        "deadline", "next-step", "ladder-end", "rights-warning",
    };

    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
    {
        "open", "paused", "escalated", "answered", "refused", "closed",
    };

    public static bool IsTrigger(string name) => Actions.Contains(name) || System.Contains(name);
}
