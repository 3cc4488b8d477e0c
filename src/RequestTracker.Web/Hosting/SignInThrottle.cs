using RequestTracker.Data;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RequestTracker.Users;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// Slows password guessing on the token endpoint and the sign-in page. Only failed attempts spend permits,
/// from two token buckets: one per client address (an attacker at one address) and one per account (many
/// addresses at one account). A bucket refills steadily, so an attacked account is slowed to the refill
/// rate but never locked: its owner waits at most one refill period (the <c>Retry-After</c>) for a try.
/// One address refills slower than an account, so it cannot keep an account's owner waiting alone; that
/// takes several addresses attacking without pause. Per replica and in memory: with three replicas an
/// attacker gets at most three times the rate.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _clients;
    private readonly PartitionedRateLimiter<string> _accounts;
    private readonly SignInThrottleOptions _options;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        _options = options.Value;
        _clients = Buckets(_options.ClientBurst, _options.ClientRefillSeconds);
        _accounts = Buckets(_options.AccountBurst, _options.AccountRefillSeconds);
    }

    /// <summary>How long to wait before the next attempt, or null when one may be made now.</summary>
    public TimeSpan? WaitBefore(string client, string account)
    {
        if (Empty(_clients, client))
        {
            return TimeSpan.FromSeconds(_options.ClientRefillSeconds);
        }

        return Empty(_accounts, Account(account)) ? TimeSpan.FromSeconds(_options.AccountRefillSeconds) : null;
    }

    /// <summary>The <c>Retry-After</c> header value: whole seconds, rounded up.</summary>
    public static string RetryAfter(TimeSpan wait) =>
        ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public static string Message(TimeSpan wait) =>
        $"Too many failed sign-in attempts; try again in {RetryAfter(wait)} seconds.";

    public void Failed(string client, string account)
    {
        // The leases of a token bucket need no release; disposing them returns nothing to the bucket.
        _clients.AttemptAcquire(client).Dispose();
        _accounts.AttemptAcquire(Account(account)).Dispose();
    }

    public void Dispose()
    {
        _clients.Dispose();
        _accounts.Dispose();
    }

    private static string Account(string email) => email.Trim().ToUpperInvariant();

    private static bool Empty(PartitionedRateLimiter<string> limiter, string key) =>
        limiter.GetStatistics(key) is { CurrentAvailablePermits: <= 0 };

    private static PartitionedRateLimiter<string> Buckets(int burst, double refillSeconds) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(refillSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}

internal sealed class SignInThrottleOptions
{
    public const string Section = "Security:SignIn";

    /// <summary>Failed attempts one client address may make at once; then one per refill period.</summary>
    public int ClientBurst { get; set; } = 10;

    public double ClientRefillSeconds { get; set; } = 30;

    /// <summary>Failed attempts at one account from all addresses at once; then one per refill period.</summary>
    public int AccountBurst { get; set; } = 20;

    public double AccountRefillSeconds { get; set; } = 10;
}

internal static class ClientAddresses
{
    /// <summary>
    /// The caller's address as the throttle keys it. Behind a reverse proxy this is the proxy's address
    /// unless forwarded headers are trusted (<c>Security:TrustedProxies</c>).
    /// </summary>
    public static string ClientAddress(this HttpContext http) =>
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>What one sign-in attempt came to: the user, or how long to wait before trying, or neither (refused).</summary>
internal sealed record SignInAttempt(AppUser? User, TimeSpan? Wait);

/// <summary>
/// One password attempt as the token endpoint and the sign-in page both make it: throttled first, checked
/// with the same work whatever the account, a failure counted against the address and the account.
/// </summary>
internal sealed class SignInAttempts(PasswordCheck check, SignInThrottle throttle)
{
    public async Task<SignInAttempt> Try(HttpContext http, string email, string password)
    {
        var client = http.ClientAddress();
        if (throttle.WaitBefore(client, email) is { } wait)
        {
            http.Response.Headers.RetryAfter = SignInThrottle.RetryAfter(wait);
            return new SignInAttempt(null, wait);
        }

        var user = await check.Handle(email, password);
        if (user is null)
        {
            throttle.Failed(client, email);
        }

        return new SignInAttempt(user, null);
    }
}
