using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RequestTracker.Benchmarks;

/// <summary>The real app (its Release build) as a child process, as an operator runs it.</summary>
internal static partial class AppProcess
{
    /// <summary>Starts the app on a free port; <paramref name="listening"/> completes with its address.</summary>
    public static Process Start(string root, IReadOnlyDictionary<string, string> environment, out Task<string> listening)
    {
        var web = Path.Combine(root, "src", "RequestTracker.Web");
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        listening = started.Task;
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = web, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(web, "bin", "Release", "net10.0", "RequestTracker.Web.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:0");
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment["Logging__Console__FormatterName"] = "simple"; // Production logs JSON; this reads the plain line
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the app.");
        // The app's output is kept for when a run goes wrong: BENCH_LOG names a file to append it to.
        var log = Environment.GetEnvironmentVariable("BENCH_LOG");
        void Keep(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null && Listening().Match(e.Data) is { Success: true } match)
            {
                started.TrySetResult(match.Groups[1].Value);
            }

            if (log is not null && e.Data is not null)
            {
                lock (started)
                {
                    File.AppendAllText(log, $"[{process.Id}] {e.Data}\n");
                }
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs one of the app's commands (e.g. <c>users create</c>) to its end, with one line on standard input.</summary>
    public static async Task Command(string root, IReadOnlyDictionary<string, string> environment, string input, params string[] arguments)
    {
        var web = Path.Combine(root, "src", "RequestTracker.Web");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = web, UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(web, "bin", "Release", "net10.0", "RequestTracker.Web.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the app.");
        await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await errors}");
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
