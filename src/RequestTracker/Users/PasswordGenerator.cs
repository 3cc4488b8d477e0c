using System.Security.Cryptography;

namespace RequestTracker.Users;

/// <summary>Random passwords for generated accounts (first admin, demo users); never a default password.</summary>
internal static class PasswordGenerator
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string Create(int length = 20) =>
        RandomNumberGenerator.GetString(Alphabet, length);
}
