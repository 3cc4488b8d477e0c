using RequestTracker.Data;
using RequestTracker.Definitions;
using RequestTracker.Users;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Cli;

/// <summary>
/// Administrative commands run by the same executable against the configured database, e.g.
/// <c>dotnet run --project src/RequestTracker.Web -- users create --email admin@example.org --role Admin</c>.
/// </summary>
internal static class AppCommands
{
    private const string Usage = """
        Usage (every command also takes the app's configuration keys, e.g. --DataPath=/srv/rt or --Database:Provider PostgreSql):
          users create --email EMAIL --role Advocate|Manager|Admin [--name NAME] [--password-stdin]
              Creates a user. Without --password-stdin a random password is generated and printed once.
          users list
              Lists users and their roles.
          workflows validate [FOLDER]
              Validates a workflows folder (default: the one the app would load); errors as file:line:column.
          figures rebuild
              Recounts the dashboard's questions per category and authority from the workflows themselves.
          journal verify [--request N]
              Recomputes every request's journal hash chain (or request N's); prints "intact" or the first entry
              that does not match, and exits 1 then.
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "users" or "workflows" or "figures" or "journal";

    /// <summary>
    /// Turns bare flags into configuration keys: <c>--demo</c> is <c>Demo:Enabled=true</c>, and <c>--demo 2022</c> also
    /// <c>Demo:Year=2022</c> (the case on its own dates).
    /// </summary>
    public static string[] ExpandFlags(string[] args)
    {
        var expanded = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != "--demo")
            {
                expanded.Add(args[i]);
                continue;
            }

            expanded.Add("--Demo:Enabled=true");
            if (i + 1 < args.Length && args[i + 1].Length == 4 && args[i + 1].All(char.IsAsciiDigit))
            {
                expanded.Add($"--Demo:Year={args[++i]}");
            }
        }

        return [.. expanded];
    }

    /// <summary>The commands' own options; any other <c>--Key</c> is a configuration key, as when the app starts.</summary>
    private static readonly HashSet<string> CommandOptions = new(StringComparer.Ordinal) { "email", "role", "name", "password-stdin", "request" };

    public static async Task<int> Run(string[] args)
    {
        var (own, settings) = Split(args);
        if (own[0] == "workflows")
        {
            var configured = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(settings).Build()["Workflows:Path"];
            return own.ElementAtOrDefault(1) == "validate"
                ? WorkflowCommands.Validate(WorkflowPaths.Resolve(own.ElementAtOrDefault(2) ?? configured, Directory.GetCurrentDirectory()))
                : PrintUsage();
        }

        args = own;
        // The same database as the app started from the same place with the same keys (--DataPath=…, --Database:…).
        var builder = WebApplication.CreateBuilder(ContentRoot.Options(settings));
        builder.AddRequestTrackerServices();
        await using var app = builder.Build();
        await DatabaseMigrator.Migrate(app.Services, CancellationToken.None);
        await RoleSeed.Ensure(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        return (args[0], args.ElementAtOrDefault(1)) switch
        {
            ("users", "create") => await CreateUser(scope.ServiceProvider, ParseOptions(args.Skip(2))),
            ("users", "list") => await ListUsers(scope.ServiceProvider),
            ("figures", "rebuild") => await RebuildFigures(scope.ServiceProvider),
            ("journal", "verify") => await VerifyJournal(scope.ServiceProvider, ParseOptions(args.Skip(2))),
            _ => PrintUsage(),
        };
    }

    private static async Task<int> CreateUser(IServiceProvider services, Dictionary<string, string?> options)
    {
        if (!options.TryGetValue("email", out var email) || !options.TryGetValue("role", out var role))
        {
            return PrintUsage();
        }

        var generated = !options.ContainsKey("password-stdin");
        var password = generated ? PasswordGenerator.Create() : (await Console.In.ReadLineAsync())?.Trim();
        var outcome = await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput(email, options.GetValueOrDefault("name"), role, password));
        if (outcome.Value is not { } user)
        {
            await Console.Error.WriteLineAsync(outcome.Detail ?? string.Join(Environment.NewLine, outcome.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            return 1;
        }

        Console.WriteLine($"Created {user.Role} {user.Email} (id {user.Id}).");
        if (generated)
        {
            Console.WriteLine($"Password: {password}");
            Console.WriteLine("It is shown only now; keep it in a password manager.");
        }

        return 0;
    }

    private static async Task<int> ListUsers(IServiceProvider services)
    {
        foreach (var user in await services.GetRequiredService<ListUsers>().Handle(CancellationToken.None))
        {
            Console.WriteLine($"{user.Email}\t{user.Role}\t{user.DisplayName}");
        }

        return 0;
    }

    private static async Task<int> RebuildFigures(IServiceProvider services)
    {
        var counted = await services.GetRequiredService<Overview.CategoryCounter>().Rebuild(CancellationToken.None);
        Console.WriteLine($"Recounted {counted} questions by category and authority.");
        var tallied = await services.GetRequiredService<Overview.TallyCounter>().Rebuild(CancellationToken.None);
        Console.WriteLine($"Recounted {tallied} requests and final answers by authority.");
        var stated = await services.GetRequiredService<Overview.StateCounter>().Rebuild(CancellationToken.None);
        Console.WriteLine($"Recounted {stated} questions by state and advocate.");
        return 0;
    }

    private static async Task<int> VerifyJournal(IServiceProvider services, Dictionary<string, string?> options)
    {
        int? requestId = null;
        if (options.TryGetValue("request", out var text))
        {
            if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id < 0)
            {
                return PrintUsage();
            }

            requestId = id;
        }

        var report = await services.GetRequiredService<Runtime.JournalVerify>().Run(requestId, CancellationToken.None);
        if (report.FirstBreak is { } broken)
        {
            Console.WriteLine($"broken: request {broken.RequestId}, journal entry {broken.EntryId} (question {broken.QuestionId}, position {broken.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}): {broken.Reason}");
            return 1;
        }

        Console.WriteLine($"intact: {report.Entries} entries in {report.Requests} request chain(s)" + (report.Head is null ? "." : $"; last hash {report.Head}"));
        return 0;
    }

    /// <summary>
    /// The command and its own options, and the configuration keys given beside them (<c>--DataPath=/x</c> or
    /// <c>--DataPath /x</c>): once silently ignored, so <c>users create --DataPath=X</c> wrote to the default database.
    /// </summary>
    internal static (string[] Own, string[] Settings) Split(string[] args)
    {
        var own = new List<string>();
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..].Split('=')[0] : null;
            if (name is null || CommandOptions.Contains(name))
            {
                own.Add(arg);
                continue;
            }

            settings.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                settings.Add(args[++i]);
            }
        }

        return (own.ToArray(), settings.ToArray());
    }

    private static Dictionary<string, string?> ParseOptions(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                pending = arg[2..];
                options[pending] = null;
            }
            else if (pending is not null)
            {
                options[pending] = arg;
                pending = null;
            }
        }

        return options;
    }

    private static int PrintUsage()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
