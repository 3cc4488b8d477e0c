using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace RequestTracker.Handling;

/// <summary>
/// An opaque keyset cursor: the last id of the previous page, versioned and base64url-encoded so
/// clients treat it as a token and the format can change without breaking them.
/// </summary>
internal static class PageCursor
{
    private const string Prefix = "v1:";

    public static string Encode(long lastId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + lastId.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int lastId)
    {
        var ok = TryDecode(cursor, out long id) && id <= int.MaxValue;
        lastId = ok ? (int)id : 0;
        return ok;
    }

    public static bool TryDecode(string cursor, out long lastId)
    {
        lastId = 0;
        if (cursor.Length > 64)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out lastId)
                && lastId > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The page size from a query string: absent means <paramref name="fallback"/>, anything outside 1..<paramref name="max"/> is a field error.</summary>
    public static int Limit(string? text, ValidationErrors errors, int fallback = 20, int max = 100)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max)
        {
            return limit;
        }

        errors.Add("limit", $"The limit must be an integer from 1 to {max}.");
        return fallback;
    }
}
