using RequestTracker.Data;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RequestTracker.Users;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// Re-checks every authenticated cookie and bearer token against its account: the account must still exist,
/// be enabled and carry the security stamp the token was issued with (disabling, a new password and signing
/// out change it). A refused token becomes an anonymous caller, so the API answers 401 and pages ask to sign
/// in. The answer is cached per account and stamp for <see cref="AccountRecheckOptions.Seconds"/>, which is
/// the longest a revoked token keeps working on one replica; the cost is one indexed read per account per
/// interval.
/// </summary>
internal sealed class AccountRecheck(
    UserManager<AppUser> users,
    IMemoryCache cache,
    IOptions<IdentityOptions> identity,
    IOptions<AccountRecheckOptions> options) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true })
        {
            return principal;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var key = (nameof(AccountRecheck), id, stamp);
        if (!cache.TryGetValue(key, out bool valid))
        {
            valid = id is not null && stamp is not null && await users.FindByIdAsync(id) is { } user
                && user.SecurityStamp == stamp && !UserAccess.IsDisabled(user);
            cache.Set(key, valid, TimeSpan.FromSeconds(options.Value.Seconds));
        }

        return valid ? principal : new ClaimsPrincipal(new ClaimsIdentity());
    }
}

internal sealed class AccountRecheckOptions
{
    public const string Section = "Security:AccountRecheck";

    /// <summary>How long a check of an account holds; a disabled account's tokens stop within this.</summary>
    public double Seconds { get; set; } = 5;
}

/// <summary>
/// Makes a token <see cref="AccountRecheck"/> refused count as no authentication, so the API challenges
/// (401, "sign in again") instead of forbidding (403, "you may not") as it would for a principal whose
/// authentication succeeded.
/// </summary>
internal sealed class RecheckedPolicyEvaluator(IAuthorizationService authorization) : PolicyEvaluator(authorization)
{
    public override async Task<AuthenticateResult> AuthenticateAsync(AuthorizationPolicy policy, HttpContext context)
    {
        var result = await base.AuthenticateAsync(policy, context);
        return result.Succeeded && !result.Principal.Identities.Any(i => i.IsAuthenticated) ? AuthenticateResult.NoResult() : result;
    }
}
