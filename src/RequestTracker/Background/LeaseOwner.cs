namespace RequestTracker.Background;

/// <summary>Names a worker for its leases (timers, outbox rows, the mailbox): host, process and a random part, so each replica's claims are its own.</summary>
internal static class LeaseOwner
{
    public static string New() =>
        $"{Environment.MachineName[..Math.Min(20, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
