using RequestTracker.Access;
using RequestTracker.Data;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>
/// The sign-in throttle on its own app (its buckets are per process, so sharing the API app would throttle
/// other tests): 5 failures per address, then one per minute; 8 per account, then one per 2 s. Each test
/// speaks from its own addresses through X-Forwarded-For, which the app believes from loopback.
/// </summary>
public sealed class SignInThrottleTests(SignInThrottleApp app) : IClassFixture<SignInThrottleApp>
{
    private const string Passphrase = SignInThrottleApp.Passphrase;
    private readonly AppHost _host = app.Host;

    [Fact]
    public async Task One_address_guessing_fast_gets_429_with_retry_after_and_others_are_not_slowed()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await Token("203.0.113.7", $"guess{i}@test.example.org", "not the passphrase");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
                await response.Problem(HttpStatusCode.TooManyRequests);
            }
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 35)), statuses);
        using var sameAddress = await Token("203.0.113.7", "owner@test.example.org", Passphrase);
        using var otherAddress = await Token("203.0.113.8", "owner@test.example.org", Passphrase);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameAddress.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    [Fact]
    public async Task Many_addresses_at_one_account_slow_it_down_but_never_lock_its_owner_out()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 20; i++)
        {
            using var response = await Token($"198.51.100.{i}", "victim@test.example.org", "not the passphrase");
            statuses.Add(response.StatusCode);
        }

        // 8 at once, then at most one more per 2 s while the 20 run: the rest are slowed with 429.
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 8), statuses.Take(8));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses.Skip(8));
        await Eventually.True(
            async () =>
            {
                using var owner = await Token("192.0.2.1", "victim@test.example.org", Passphrase);
                Assert.True(owner.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"got {owner.StatusCode}");
                return owner.StatusCode == HttpStatusCode.OK;
            },
            "the owner to sign in once the account's bucket refills",
            TimeSpan.FromSeconds(10),
            TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task An_unknown_email_hashes_a_password_just_as_a_known_one_does()
    {
        var before = SignInThrottleApp.CountingHasher.Verifications;
        using (await Token("192.0.2.50", "no.such.user@test.example.org", Passphrase))
        {
        }

        var unknown = SignInThrottleApp.CountingHasher.Verifications - before;
        using (await Token("192.0.2.51", "owner@test.example.org", "not the passphrase"))
        {
        }

        var known = SignInThrottleApp.CountingHasher.Verifications - before - unknown;
        Assert.Equal(1, unknown);
        Assert.Equal(1, known);
    }

    [Fact]
    public async Task The_sign_in_page_is_throttled_too()
    {
        using var browser = _host.NewClient(handleCookies: true);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.99");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last?.Dispose();
            using var form = await browser.GetAsync("/login");
            var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            last = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "owner@test.example.org",
                ["Password"] = "not the passphrase",
                ["__RequestVerificationToken"] = token,
            }));
        }

        using (last)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
            Assert.Contains("try again in 60 seconds", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private async Task<HttpResponseMessage> Token(string address, string email, string password)
    {
        using var client = _host.NewClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return await client.PostAsJsonAsync("/api/auth/token", new { email, password });
    }
}

/// <summary>The app with tight limits and a counting password hasher, shared by the throttle tests.</summary>
public sealed class SignInThrottleApp : IAsyncLifetime
{
    public const string Passphrase = "a long enough passphrase";
    private readonly SqliteTestDatabase _database = new();

    public AppHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = new AppHost(
            _database,
            new Dictionary<string, string?>
            {
                ["Security:SignIn:ClientBurst"] = "5",
                ["Security:SignIn:ClientRefillSeconds"] = "60",
                ["Security:SignIn:AccountBurst"] = "8",
                ["Security:SignIn:AccountRefillSeconds"] = "2",
            },
            services => services.AddScoped<IPasswordHasher<AppUser>>(sp =>
                new CountingHasher(new PasswordHasher<AppUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()))));
        Host.StartServer();
        await using var scope = Host.Services.CreateAsyncScope();
        var create = scope.ServiceProvider.GetRequiredService<CreateUser>();
        foreach (var email in new[] { "owner@test.example.org", "victim@test.example.org" })
        {
            Assert.Equal(RequestTracker.Handling.OutcomeKind.Ok, (await create.Handle(new CreateUserInput(email, null, Roles.Advocate, Passphrase))).Kind);
        }
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Counts password verifications, the costly step an unknown email must not skip.</summary>
    internal sealed class CountingHasher(PasswordHasher<AppUser> inner) : IPasswordHasher<AppUser>
    {
        private static int verifications;

        public static int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
