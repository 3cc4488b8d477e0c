using Microsoft.AspNetCore.Identity;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Users;

internal sealed record PasswordInput(string? Password);

/// <summary>
/// An admin disables or enables an account or sets its password. Each changes the security stamp, which
/// every cookie and bearer token carries, so sessions and tokens issued before stop working within the
/// re-check interval (<c>AccountRecheck</c>). Disabled is a lockout that never ends; the failed-attempt
/// lockout of ASP.NET Identity is not used, so only an admin disables an account.
/// </summary>
internal sealed class UserAccess(UserManager<AppUser> users)
{
    /// <summary>By year, not equality: databases store the end of time with less precision than .NET has.</summary>
    public static bool IsDisabled(AppUser user) => user.LockoutEnd is { Year: >= 9999 };

    public Task<Outcome<UserResponse>> Disable(string id, CurrentUser actor) =>
        id == actor.Id
            ? Task.FromResult(Outcome<UserResponse>.Conflict("You cannot disable your own account; another admin can."))
            : Change(id, async user =>
            {
                // Lockout must be enabled on the account for a lockout end to take effect.
                await users.SetLockoutEnabledAsync(user, true);
                return await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            });

    public Task<Outcome<UserResponse>> Enable(string id) =>
        Change(id, user => users.SetLockoutEndDateAsync(user, null));

    public async Task<Outcome<UserResponse>> SetPassword(string id, PasswordInput input)
    {
        var errors = new ValidationErrors();
        var password = errors.RequiredText("password", input.Password, Lengths.Password);
        if (!errors.IsEmpty)
        {
            return Outcome<UserResponse>.Invalid(errors);
        }

        // Identity's reset checks the password against the validators before it changes anything.
        return await Change(id, async user => await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password!));
    }

    private async Task<Outcome<UserResponse>> Change(string id, Func<AppUser, Task<IdentityResult>> change)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Outcome<UserResponse>.NotFound();
        }

        var result = await change(user);
        if (result.Succeeded)
        {
            result = await users.UpdateSecurityStampAsync(user);
        }

        if (!result.Succeeded && result.Errors.All(e => e.Code.StartsWith("Password", StringComparison.Ordinal)))
        {
            var invalid = new ValidationErrors();
            foreach (var error in result.Errors)
            {
                invalid.Add("password", $"{error.Description}");
            }

            return Outcome<UserResponse>.Invalid(invalid);
        }

        if (!result.Succeeded)
        {
            // Identity reports a concurrent change of the same user as a failed result, not an exception.
            return Outcome<UserResponse>.Conflict(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? string.Empty;
        return Outcome<UserResponse>.Ok(new UserResponse(user.Id, user.Email ?? string.Empty, user.DisplayName, role, IsDisabled(user)));
    }
}
