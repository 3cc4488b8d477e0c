using System.Diagnostics;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// A second, independent reader of what the app serves: a script run by Debian's Python, which has the
/// Debian packages test.sh installs (python3-feedparser, python3-icalendar). Named by its full path because a
/// python3 earlier on PATH (pyenv, a virtual environment) does not see Debian's packages.
/// </summary>
public static class DebianPython
{
    public const string Interpreter = "/usr/bin/python3";

    public static async Task<(int Exit, string Output)> Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Interpreter) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        // Both pipes read at once: a script that fills one while the other is awaited would never end.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
