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

    public static string Encode(int lastId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + lastId.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int lastId)
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
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out lastId)
                && lastId > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
