using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Access;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Questions;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Hosting;

/// <summary>The workflows folder as an operator meets it: validated by a command, refused at start-up, versioned.</summary>
public sealed class WorkflowFolderTests : IDisposable
{
    private readonly string _folder = TestWorkflows.CreateFolder();
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("rt-wf-data-");

    [Fact]
    public async Task Validate_accepts_the_shipped_folder_and_exits_zero()
    {
        await using var validate = AppProcess.Start(new Dictionary<string, string>(), "workflows", "validate", _folder);

        Assert.Equal(0, await validate.Exited());
        Assert.Contains(validate.Output, l => l.StartsWith("OK: 15 calendars, 17 laws", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_prints_each_error_with_file_line_and_column_and_exits_non_zero()
    {
        Break("laws/us-foia.yaml", "response: 20 working days", "response: 20 wrking days");
        Break("question.yaml", "initial: awaiting-response", "initial: waiting");

        await using var validate = AppProcess.Start(new Dictionary<string, string>(), "workflows", "validate", _folder);

        Assert.Equal(1, await validate.Exited());
        Assert.Contains(validate.Output, l => l.Contains("us-foia.yaml:", StringComparison.Ordinal) && l.Contains("not a duration", StringComparison.Ordinal));
        Assert.Contains(validate.Output, l => l.Contains("question.yaml:", StringComparison.Ordinal) && l.Contains("'waiting' is not defined", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_app_refuses_to_start_on_an_invalid_folder()
    {
        Break("calendars/ru.yaml", "timeZone: Europe/Moscow", "timeZone: Europe/Mosc0w");

        await using var app = AppProcess.Start(new Dictionary<string, string> { ["DataPath"] = _data.FullName, ["Workflows__Path"] = _folder }, "--urls", "http://127.0.0.1:0");

        Assert.NotEqual(0, await app.Exited());
        Assert.Contains(app.Output, l => l.Contains("ru.yaml:", StringComparison.Ordinal) && l.Contains("not an IANA time zone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_running_question_keeps_its_version_and_a_changed_version_without_a_new_number_is_refused()
    {
        await using var database = new SqliteTestDatabase();
        int questionId;
        string firstHash;
        await using (var first = new AppHost(database, new Dictionary<string, string?> { ["Workflows:Path"] = _folder, ["Workflows:Worker:Enabled"] = "false" }))
        {
            first.StartServer();
            (questionId, firstHash) = await SendOneQuestion(first);
        }

        // Version 5 changes a label: the running question must stay on version 4 and its hash.
        Break("question.yaml", "version: 4", "version: 5");
        Break("question.yaml", "label: Awaiting response", "label: Waiting for the authority");
        await using (var second = new AppHost(database, new Dictionary<string, string?> { ["Workflows:Path"] = _folder, ["Workflows:Worker:Enabled"] = "false" }))
        {
            second.StartServer();
            await using var scope = second.Services.CreateAsyncScope();
            var view = (await scope.ServiceProvider.GetRequiredService<GetQuestion>().Handle(new CurrentUser("-", true, false), questionId, CancellationToken.None)).Value!;
            Assert.Equal(4, view.Definition!.Version);
            Assert.Equal(firstHash, view.Definition.Hash);
            Assert.Equal("Awaiting response", view.StateLabel);
        }

        // The same version number with other content: the app stops at start-up.
        Break("question.yaml", "label: Waiting for the authority", "label: Pending");
        await using var third = new AppHost(database, new Dictionary<string, string?> { ["Workflows:Path"] = _folder, ["Workflows:Worker:Enabled"] = "false" });
        var refused = Assert.ThrowsAny<Exception>(() => third.StartServer());
        Assert.Contains("version 5 has changed", refused.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _data.Delete(recursive: true);
    }

    private static async Task<(int QuestionId, string Hash)> SendOneQuestion(AppHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = (await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput("a@test.example.org", "A", Roles.Advocate, "a long enough passphrase"))).Value!;
        var advocate = new CurrentUser(user.Id, false, false);
        var authority = (await services.GetRequiredService<RequestTracker.Authorities.SaveAuthority>().Create(
            new RequestTracker.Authorities.AuthorityInput("Versioned", "T", "a@example.org", "Etc/UTC", "io-default", []), CancellationToken.None)).Value!;
        var filed = await services.GetRequiredService<RequestTracker.Requests.FileRequest>().Handle(advocate,
            new RequestTracker.Requests.RequestInput(authority.Id, "t", "b", "", [new(RequestTracker.Requests.QuestionCategory.Other, "q")]), CancellationToken.None);
        var sent = await services.GetRequiredService<RequestTracker.Requests.SendRequest>().Handle(advocate, filed.Value!.Id, CancellationToken.None);
        var questionId = sent.Value!.Questions[0].Id;
        var view = (await services.GetRequiredService<GetQuestion>().Handle(advocate, questionId, CancellationToken.None)).Value!;
        return (questionId, view.Definition!.Hash);
    }

    private void Break(string file, string find, string replace)
    {
        var path = Path.Combine(_folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
