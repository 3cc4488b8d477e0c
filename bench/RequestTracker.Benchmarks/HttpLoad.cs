using System.Diagnostics;
using System.Globalization;

namespace RequestTracker.Benchmarks;

/// <summary>Latencies of one kind of HTTP request, percentiles in milliseconds.</summary>
internal sealed record Latencies(int Count, double P50, double P99, double PerSecond)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{P50:0.0} / {P99:0.0} ms");
}

/// <summary>
/// A closed-loop load driver (what wrk does): <c>connections</c> workers each send a request, read the whole
/// answer, and send the next, for a fixed time after a warm-up. Any answer that is not a success stops the run.
/// </summary>
internal static class HttpLoad
{
    public static async Task<Latencies> Run(HttpClient client, Func<HttpRequestMessage> request, int connections, TimeSpan duration)
    {
        await Loop(client, request, Math.Min(connections, 4), TimeSpan.FromSeconds(1)); // JIT, caches, connection pool
        var watch = Stopwatch.StartNew();
        var samples = await Loop(client, request, connections, duration);
        var all = samples.SelectMany(s => s).Order().ToArray();
        return new Latencies(all.Length, Percentile(all, 0.50), Percentile(all, 0.99), all.Length / watch.Elapsed.TotalSeconds);
    }

    private static async Task<List<double>[]> Loop(HttpClient client, Func<HttpRequestMessage> request, int connections, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var times = new List<double>();
            while (Stopwatch.GetTimestamp() < until)
            {
                using var message = request();
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{message.Method} {message.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }

            return times;
        }));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
