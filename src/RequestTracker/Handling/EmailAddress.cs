using System.Net.Mail;

namespace RequestTracker.Handling;

/// <summary>The one rule for what an email address field accepts: a bare address, no display name, no list.</summary>
internal static class EmailAddress
{
    public static bool IsValid(string text) =>
        MailAddress.TryCreate(text, out var parsed)
        && string.Equals(parsed.Address, text, StringComparison.Ordinal)
        && string.IsNullOrEmpty(parsed.DisplayName)
        && parsed.Host.Contains('.', StringComparison.Ordinal)
        && !text.Any(char.IsWhiteSpace);
}
