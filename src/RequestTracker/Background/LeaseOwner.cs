namespace RequestTracker.Background;

/// <summary>
/// Names a worker for its leases (timers, outbox rows, the mailbox): host, process and a random part, so
/// each replica's claims are its own. The host name is clipped so that a claim token (this name, '/', 32
/// hex digits) always fits <see cref="Data.Lengths.LeaseOwner"/>, however long the host name.
/// </summary>
internal static class LeaseOwner
{
    /// <summary>Longest host-name part kept: a Kubernetes pod name is at most 63 characters, an FQDN 253.</summary>
    public const int MaxHostLength = 100;

    public static string New() => New(Environment.MachineName, Environment.ProcessId);

    public static string New(string host, int processId) =>
        $"{host[..Math.Min(MaxHostLength, host.Length)]}:{processId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A claim's token: the owner and a fresh id, so each batch's rows can be told apart.</summary>
    public static string Token(string owner) => $"{owner}/{Guid.NewGuid():N}";

    /// <summary>The owner part of a claim token, for journals and logs.</summary>
    public static string OwnerOf(string token) => token.Split('/')[0];
}
