namespace RequestTracker.Handling;

internal static class Clip
{
    /// <summary>Cuts a text to a column's length (notes, server replies, headers of received mail).</summary>
    public static string To(string text, int max) => text.Length <= max ? text : text[..max];
}
