namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// A copy of the repository's workflows folder plus a regime counted in seconds, so crash and replica
/// tests run whole ladders in real time: deadline 2 s after sending, a reminder 1 s later, its window 2 s.
/// </summary>
public static class TestWorkflows
{
    public const string SecondsLaw = "test-seconds";

    private const string Law = """
        # A regime in seconds, for tests that run the real worker against the real clock.
        id: test-seconds
        name: Test regime in seconds
        calendar: calendar-days
        response: 2 seconds
        clarification: restart
        ladder:
          - id: reminder
            name: Reminder
            starts: 1 second
            window: 2 seconds
            to: authority
            template: reminder
        """;

    public static string CreateFolder()
    {
        var target = Directory.CreateTempSubdirectory("rt-workflows-").FullName;
        var source = Path.Combine(RepositoryRoot(), "workflows");
        foreach (var dir in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(source, target, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target, StringComparison.Ordinal));
        }

        File.WriteAllText(Path.Combine(target, "laws", "test-seconds.yaml"), Law);
        return target;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RequestTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RequestTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
