namespace RequestTracker.Handling;

/// <summary>Thrown when an email cannot be composed safely; the email is marked failed, never sent altered.</summary>
internal sealed class UnsafeMailException(string message) : Exception(message);

internal static class HeaderValue
{
    /// <summary>
    /// A header value must be one line: a CR or LF from a title, a name or a template would let the text
    /// start a header of its own (header injection), so it is refused rather than cleaned.
    /// </summary>
    public static string Check(string value, string header) =>
        value.AsSpan().IndexOfAny('\r', '\n') >= 0 || value.Contains('\0', StringComparison.Ordinal)
            ? throw new UnsafeMailException($"The {header} contains a line break; header values must be one line.")
            : value;
}
