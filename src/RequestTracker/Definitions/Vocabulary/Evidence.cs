namespace RequestTracker.Definitions;

/// <summary>What an action can carry; a lifecycle may require some for an action (<c>requires:</c>).</summary>
internal static class Evidence
{
    public const string Note = "note";
    public const string DocumentReference = "documentReference";
    public const string Exemption = "exemption";
    public const string Extension = "extension";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Note, DocumentReference, Exemption, Extension };

    /// <summary>The field in words, for a refusal's message (the problem's <c>field</c> names it for a program; a person reads words).</summary>
    public static string Describe(string field) => field switch
    {
        Note => "a note saying why",
        DocumentReference => "the reference of the document released",
        Exemption => "the exemption the authority cited",
        Extension => "the length of the extension in the law's unit",
        _ => field,
    };
}
