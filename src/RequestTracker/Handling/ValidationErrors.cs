using RequestTracker.Data;

namespace RequestTracker.Handling;

/// <summary>
/// Collects field-level errors keyed by the JSON path of the field ("title", "questions[1].text"),
/// so an API client and a form can both point at the exact input that is wrong. Each message keeps its format and
/// arguments (<c>$"... {maxLength} ..."</c>): the API renders it in English (<see cref="ToDictionary"/>), a page
/// translates the format and renders it in the page's language (<see cref="ToMessages"/>).
/// </summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<FormattableString>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Adds a message to a field, once: one action on several questions may find the same fault in each.</summary>
    public void Add(string field, FormattableString message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        var english = FormattableString.Invariant(message);
        if (!list.Exists(m => FormattableString.Invariant(m) == english))
        {
            list.Add(message);
        }
    }

    /// <summary>A required multi-line text (<see cref="TextRule"/>); returns it trimmed, or null after recording why not.</summary>
    public string? RequiredText(string field, string? value, int maxLength) => Text(field, $"The field {field}", value, maxLength, required: true, oneLine: false);

    /// <summary>
    /// A required one-line text: a title or a name ends up in email headers (subject, display names),
    /// where a line break would start a header of its own, so control characters are refused here.
    /// </summary>
    public string? RequiredLine(string field, string? value, int maxLength) => Text(field, $"The field {field}", value, maxLength, required: true, oneLine: true);

    /// <summary>An optional multi-line text; returns it trimmed (empty when absent or refused).</summary>
    public string OptionalText(string field, string? value, int maxLength) => Text(field, $"The field {field}", value, maxLength, required: false, oneLine: false) ?? string.Empty;

    /// <summary>An optional one-line text; returns it trimmed (empty when absent or refused).</summary>
    public string OptionalLine(string field, string? value, int maxLength) => Text(field, $"The field {field}", value, maxLength, required: false, oneLine: true) ?? string.Empty;

    /// <summary>
    /// A one-line text that is part of a field rather than the whole of it (the name of an uploaded file):
    /// <paramref name="what"/> says which, as the message's subject. Null when absent or refused.
    /// </summary>
    public string? LineOf(string field, FormattableString what, string? value, int maxLength) => Text(field, what, value, maxLength, required: false, oneLine: true);

    /// <summary>An optional enum from a query string or a form, by name (case-insensitive, never a number or a list); absent is null.</summary>
    public T? OptionalEnum<T>(string field, string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (TextRule.TryName<T>(text, out var parsed))
        {
            return parsed;
        }

        Add(field, $"The {field} must be one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
        return null;
    }

    public string? RequiredEmail(string field, string? value)
    {
        var text = RequiredText(field, value, Lengths.Email);
        if (text is null)
        {
            return null;
        }

        if (!EmailAddress.IsValid(text))
        {
            Add(field, $"The field {field} must be a single email address such as name@example.org.");
            return null;
        }

        return text;
    }

    public T? Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(field, $"The field {field} is required.");
        }
        else if (value is Enum member && !Enum.IsDefined(member.GetType(), member))
        {
            // The JSON converter reads "a, b" as the two members' bits together: a value no one chose.
            Add(field, $"The field {field} must be one of: {string.Join(", ", Enum.GetNames(member.GetType()).Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
            return null;
        }

        return value;
    }

    /// <summary>The messages in English, as the API's problem+json gives them.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(FormattableString.Invariant).ToArray(), StringComparer.Ordinal);

    /// <summary>The messages with their formats and arguments, for a page to translate.</summary>
    public IReadOnlyDictionary<string, FormattableString[]> ToMessages() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    private string? Text(string field, FormattableString what, string? value, int maxLength, bool required, bool oneLine)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, Sentence(what, "is required."));
            }

            return required ? null : string.Empty;
        }

        var text = value.Trim();
        if (TextRule.Fault(text, oneLine) is { } fault)
        {
            Add(field, Sentence(what, fault));
            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, Sentence(what, "must be at most {0} characters long.", maxLength));
            return null;
        }

        return text;
    }

    /// <summary>
    /// "The field {0}" + "must be at most {0} characters long." → "The field {0} must be at most {1} characters long."
    /// (a predicate has at most the one argument {0}):
    /// one format for the whole sentence, so a translation can reorder it or leave the subject out.
    /// </summary>
    private static FormattableString Sentence(FormattableString subject, string predicate, params object?[] arguments)
    {
        var shifted = predicate.Replace("{0}", $"{{{subject.ArgumentCount.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}", StringComparison.Ordinal);
        return System.Runtime.CompilerServices.FormattableStringFactory.Create($"{subject.Format} {shifted}", [.. subject.GetArguments(), .. arguments]);
    }
}
