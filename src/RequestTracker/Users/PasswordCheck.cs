using Microsoft.AspNetCore.Identity;
using RequestTracker.Data;

namespace RequestTracker.Users;

/// <summary>
/// Checks an email and password for the token endpoint and the sign-in page, doing the same work whatever
/// the outcome: an unknown email still hashes the password (against a decoy hash) and a disabled account
/// still checks it, so the time taken and the answer do not tell an attacker which accounts exist.
/// Failed attempts do not lock the account here; <c>SignInThrottle</c> slows guessing instead.
/// </summary>
internal sealed class PasswordCheck(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher)
{
    /// <summary>One answer for an unknown email, a wrong password and a disabled account.</summary>
    public const string Refusal = "The email or password is wrong, or the account is disabled.";

    private static string? decoyHash;

    /// <summary>The user when the password is right and the account enabled; otherwise null.</summary>
    public async Task<AppUser?> Handle(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Made once with the app's own hasher, so its cost (iterations) is the real one.
            decoyHash ??= hasher.HashPassword(new AppUser(), PasswordGenerator.Create());
            hasher.VerifyHashedPassword(new AppUser(), decoyHash, password);
            return null;
        }

        var right = await users.CheckPasswordAsync(user, password);
        return right && !UserAccess.IsDisabled(user) ? user : null;
    }
}
