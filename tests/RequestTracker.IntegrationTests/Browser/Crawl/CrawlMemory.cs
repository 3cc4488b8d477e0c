namespace RequestTracker.IntegrationTests.Browser.Crawl;

/// <summary>
/// What crawls have already covered. Roles that see the same pages (a manager and an admin) share one memory, so
/// the second walks only what is new to it; <see cref="Everywhere"/> is shared by every role, so a form another role
/// has put through every variant gets only the few that test what this role may do differently.
/// </summary>
internal sealed class CrawlMemory(HashSet<string> everywhere, HashSet<string> checkedStates)
{
    public HashSet<string> Visited { get; } = [];

    public Dictionary<string, int> Shapes { get; } = [];

    /// <summary>
    /// Page shape, status and state (errors, confirmation) already checked with axe — shared by the signed-in roles,
    /// since a page's markup differs between them only in what the handlers let each see.
    /// </summary>
    public HashSet<string> Checked { get; } = checkedStates;

    /// <summary>Form keys this memory's roles have submitted.</summary>
    public HashSet<string> Forms { get; } = [];

    public HashSet<string> Everywhere { get; } = everywhere;
}
