namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// The app on SQLite with its mail pointed at a real smtp4dev (SMTP delivery and IMAP intake) and the
/// seconds-scale test regime, so deadlines, reminders and replies happen within a test.
/// </summary>
public sealed class MailApp : ApiApp
{
    private string? _workflows;

    public const string PublicUrl = "http://rt.example.test/";

    public Smtp4dev Mail { get; private set; } = null!;

    public override string Provider => "Sqlite";

    protected override Task<TestDatabase> CreateDatabase() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    protected override async Task<IReadOnlyDictionary<string, string?>?> CreateSettings()
    {
        Mail = await Smtp4dev.Start();
        _workflows = TestWorkflows.CreateFolder();
        var settings = Mail.Settings();
        settings["Workflows:Path"] = _workflows;
        settings["Workflows:Worker:MaxIdleSeconds"] = "1";
        settings["Mail:Digest:HourUtc"] = "0"; // due at any hour the tests run
        settings["App:PublicUrl"] = PublicUrl; // links in emails; tests open their path on the real port
        return settings;
    }

    protected override async Task DisposeServices()
    {
        await Mail.DisposeAsync();
        if (_workflows is not null)
        {
            Directory.Delete(_workflows, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MailServer : ICollectionFixture<MailApp>
{
    public const string Name = "Mail against smtp4dev";
}
