using RequestTracker.Web.Cli;
using RequestTracker.Web.Hosting;

// Command-line commands (e.g. `users create`) run against the configured database and exit.
if (AppCommands.IsCommand(args))
{
    return await AppCommands.Run(args);
}

var builder = WebApplication.CreateBuilder(ContentRoot.Options(AppCommands.ExpandFlags(args)));
builder.AddRequestTrackerServices();
var app = builder.Build();
app.UseRequestTrackerPipeline();
await app.RunAsync();
return 0;

/// <summary>Public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
