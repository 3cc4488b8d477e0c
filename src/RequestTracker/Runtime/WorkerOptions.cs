namespace RequestTracker.Runtime;

/// <summary><c>Workflows:Worker</c>: the timer worker's knobs.</summary>
internal sealed class WorkerOptions
{
    public const string Section = "Workflows:Worker";

    public bool Enabled { get; set; } = true;

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Timers of a claimed batch fired in one transaction. Larger commits fewer times; a conflict with
    /// another replica sends its whole chunk down the one-by-one path, and on SQLite the chunk's commit
    /// holds the single writer for its length.
    /// </summary>
    public int FireTogether { get; set; } = 50;

    /// <summary>
    /// How long a claim holds unless renewed; renewed every third of it while the batch is worked, so a killed
    /// replica's timers are free again within this.
    /// </summary>
    public int LeaseSeconds { get; set; } = 10;

    /// <summary>
    /// The longest idle sleep. Commits in this process wake the worker at once; this bound is how soon it
    /// notices timers armed by another replica (or freed by a crashed one).
    /// </summary>
    public int MaxIdleSeconds { get; set; } = 30;
}
