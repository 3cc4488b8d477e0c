namespace RequestTracker.IntegrationTests.Browser.Crawl;

/// <summary>A field of a form as the page has it.</summary>
internal sealed record FormField(string Name, string Kind, string Value);

/// <summary>One submission of a form: which values to put in raw, and what it is for (named in a failure).</summary>
internal sealed record FormVariant(string Label, IReadOnlyList<string[]> Overrides, string? Route = null)
{
    public static FormVariant Valid { get; } = new("valid", []);
}

/// <summary>
/// The submissions an attacker or a hurried person would make of one form: every field empty, far too long, with
/// control characters, a value the page never offers, another advocate's ids; then the form as a person fills it.
/// Each bad kind goes into every field at once — the handlers check every field, and one submission per kind keeps
/// a crawl of every form of every role within minutes.
/// </summary>
internal static class FormVariants
{
    private const string Control = "crawler\u0000nul\r\nline\u0007bell";

    private static readonly HashSet<string> TextKinds = ["text", "textarea", "search", "email", "url", "tel", "password", "date", "number", "datetime-local"];

    /// <summary>Every variant, for a form no earlier role has submitted.</summary>
    public static IReadOnlyList<FormVariant> For(IReadOnlyList<FormField> fields, string method, string actionPath, Seeded? foreign)
    {
        var distinct = fields.DistinctBy(f => f.Name).ToList();
        var text = distinct.Where(f => TextKinds.Contains(f.Kind)).ToList();
        var choices = distinct.Where(f => f.Kind is "select" or "date" or "number").ToList();
        var hidden = distinct.Where(f => f.Kind is "hidden" or "checkbox" or "radio").ToList();
        var variants = new List<FormVariant>
        {
            new("every field empty", [.. text.Concat(choices).DistinctBy(f => f.Name).Select(f => new[] { f.Name, string.Empty })]),
            new("every text far too long", [.. text.Select(f => new[] { f.Name, new string('x', f.Kind == "textarea" ? 100_001 : 5_000) })]),
            new("every text with control characters", [.. text.Select(f => new[] { f.Name, Control })]),
            new("every choice one the page does not offer", [.. choices.Select(f => new[] { f.Name, f.Kind == "select" ? "no-such-value" : "2027-13-45x" })]),
            new("every hidden value not a number", [.. hidden.Select(f => new[] { f.Name, "-1x" })]),
        };
        if (foreign is not null && hidden.Where(f => foreign.IdFor(f.Name) is not null).Select(f => new[] { f.Name, foreign.IdFor(f.Name)! }).ToList() is { Count: > 0 } ids)
        {
            variants.Add(new("another advocate's ids", ids));
        }

        if (method == "post" && foreign?.Route(actionPath) is { } route)
        {
            variants.Add(new("posted to another advocate's record", [], route));
        }

        variants.RemoveAll(v => v.Overrides.Count == 0 && v.Route is null);
        variants.Add(FormVariant.Valid); // last: it may change what the others would see
        return variants;
    }

    /// <summary>For a form an earlier role has put through every variant: what this role may do differently.</summary>
    public static IReadOnlyList<FormVariant> Again(IReadOnlyList<FormField> fields, string method, string actionPath, Seeded? foreign) =>
        For(fields, method, actionPath, foreign).Where(v => v.Label is "every field empty" or "valid").ToList();
}
