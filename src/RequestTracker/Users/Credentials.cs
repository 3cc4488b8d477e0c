using RequestTracker.Data;
using RequestTracker.Handling;

namespace RequestTracker.Users;

/// <summary>
/// What a sign-in sends, held to the one field rule for the token endpoint and the sign-in page alike: an address is
/// one line, a password has no control characters (a NUL would reach the database's lookup). The password is
/// returned as typed: spaces around it are part of it.
/// </summary>
internal static class Credentials
{
    public static (string Email, string Password)? Read(ValidationErrors errors, string? email, string? password)
    {
        var address = errors.RequiredLine("email", email, Lengths.Email);
        var checkedPassword = errors.RequiredText("password", password, Lengths.Password);
        return address is null || checkedPassword is null ? null : (address, password!);
    }
}
