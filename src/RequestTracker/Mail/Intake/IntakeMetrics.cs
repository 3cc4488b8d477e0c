using System.Diagnostics.Metrics;

namespace RequestTracker.Mail.Intake;

/// <summary>The intake's metric: how long a reply took from its Date header to being read here.</summary>
internal static class IntakeMetrics
{
    public const string MeterName = "RequestTracker.Intake";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// From the sender's Date to the intake reading the message: the mail system's delay plus the poll
    /// interval; a growing value means the reader is behind or stopped. (A sender's wrong clock skews it.)
    /// </summary>
    public static readonly Histogram<double> Lag = Meter.CreateHistogram<double>("requesttracker.intake.lag", "s", "Time from a reply's Date header to the intake reading it.");
}
