using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// The app as a separate OS process, started from the web project's build output with the web project
/// as working directory (as <c>dotnet run --project src/RequestTracker.Web</c> does), so start-up,
/// console output, exit codes and kills are the real ones.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process)
    {
        _process = process;
    }

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToList();
            }
        }
    }

    /// <summary>The web project's folder, where <c>dotnet run</c> runs the app.</summary>
    public static string WebProject => Path.Combine(TestWorkflows.RepositoryRoot(), "src", "RequestTracker.Web");

    /// <summary>The web project's build output (this test run's configuration).</summary>
    public static string BuildOutput =>
        Path.Combine(WebProject, "bin", AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug", "net10.0");

    public static AppProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartIn(Path.Combine(BuildOutput, "RequestTracker.Web.dll"), WebProject, environment, args);

    /// <summary>The app in <paramref name="dll"/>, started with <paramref name="workingDirectory"/> as the current directory.</summary>
    public static AppProcess StartIn(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => app.Record(e.Data);
        process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException("The app exited before listening:\n" + string.Join('\n', app.Output)));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits for Kestrel's "Now listening on" line and returns that address.</summary>
    public async Task<Uri> Listening() => await _listening.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public async Task<int> Exited()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as a crash or an OOM kill.</summary>
    public async Task Kill()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return; // a test may stop the process before its using block ends
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private bool _disposed;

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
