namespace RequestTracker.Correspondence;

internal sealed record ScanType(string Extension, string ContentType);

/// <summary>
/// The files a recorded reply may carry: scans, photos, PDFs from a portal, plain text. The type is
/// taken from the name and must agree with the first bytes, so a renamed executable or HTML page is
/// refused and the stored content type is ours, never the browser's claim.
/// </summary>
internal static class ScanTypes
{
    private static readonly (string[] Extensions, string ContentType, byte[][] Magic)[] Known =
    [
        ([".pdf"], "application/pdf", ["%PDF-"u8.ToArray()]),
        ([".png"], "image/png", [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]]),
        ([".jpg", ".jpeg"], "image/jpeg", [[0xFF, 0xD8, 0xFF]]),
        ([".gif"], "image/gif", ["GIF87a"u8.ToArray(), "GIF89a"u8.ToArray()]),
        ([".tif", ".tiff"], "image/tiff", [[0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A]]),
        ([".txt"], "text/plain", []),
    ];

    public const string Accepted = "PDF, PNG, JPEG, GIF, TIFF or plain text";

    public static ScanType? Recognise(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        foreach (var (extensions, contentType, magic) in Known)
        {
            if (!extensions.Contains(extension))
            {
                continue;
            }

            var matches = magic.Length == 0 && IsText(content);
            foreach (var prefix in magic)
            {
                matches |= content.StartsWith(prefix);
            }

            return matches ? new ScanType(extensions[0], contentType) : null;
        }

        return null;
    }

    /// <summary>Plain text: valid UTF-8 without NUL bytes (a binary file renamed .txt fails).</summary>
    private static bool IsText(ReadOnlySpan<byte> content) =>
        !content.Contains((byte)0) && System.Text.Unicode.Utf8.IsValid(content);
}
