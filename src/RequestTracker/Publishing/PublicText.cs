using System.Text.RegularExpressions;

namespace RequestTracker.Publishing;

/// <summary>
/// What public pages and feeds print of free text: every email address withheld — the advocate's, the reply
/// address with its token, an official's — whoever typed it and wherever it stands.
/// </summary>
internal static partial class PublicText
{
    public const string Withheld = "[address withheld]";

    public static string Redact(string? text) => Address().Replace(text ?? string.Empty, Withheld);

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(\.[\p{L}\p{N}\-]+)+")]
    private static partial Regex Address();
}
