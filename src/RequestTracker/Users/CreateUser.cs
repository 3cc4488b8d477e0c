using Microsoft.AspNetCore.Identity;
using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Users;

internal sealed record CreateUserInput(string? Email, string? DisplayName, string? Role, string? Password);

/// <summary>A user as admins see it; <see cref="Disabled"/> accounts cannot sign in and their tokens are refused.</summary>
internal sealed record UserResponse(string Id, string Email, string DisplayName, string Role, bool Disabled = false);

/// <summary>Creates a user with exactly one role. Used by the admin API, the CLI and the demo seed.</summary>
internal sealed class CreateUser(UserManager<AppUser> users)
{
    public async Task<Outcome<UserResponse>> Handle(CreateUserInput input)
    {
        var errors = new ValidationErrors();
        var email = errors.RequiredEmail("email", input.Email);
        var name = errors.OptionalLine("displayName", input.DisplayName, Lengths.Name);

        var role = Roles.Normalize(input.Role);
        if (role is null)
        {
            errors.Add("role", $"The field role must be one of: {string.Join(", ", Roles.All)}.");
        }

        errors.RequiredText("password", input.Password, Lengths.Password);
        if (!errors.IsEmpty)
        {
            return Outcome<UserResponse>.Invalid(errors);
        }

        if (await users.FindByEmailAsync(email!) is not null)
        {
            return Outcome<UserResponse>.Conflict($"A user with the email {email} already exists.");
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name.Length > 0 ? name : email! };
        var created = await users.CreateAsync(user, input.Password!);
        if (created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            // Created by a concurrent request between the check above and this insert.
            return Outcome<UserResponse>.Conflict($"A user with the email {email} already exists.");
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", $"{error.Description}");
            }

            return Outcome<UserResponse>.Invalid(errors);
        }

        await users.AddToRoleAsync(user, role!);
        return Outcome<UserResponse>.Ok(new UserResponse(user.Id, email!, user.DisplayName, role!));
    }
}
