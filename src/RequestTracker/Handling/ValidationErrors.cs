using RequestTracker.Data;

namespace RequestTracker.Handling;

/// <summary>
/// Collects field-level errors keyed by the JSON path of the field ("title", "questions[1].text"),
/// so an API client and a form can both point at the exact input that is wrong.
/// </summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
    }

    /// <summary>Checks a required text field; returns it trimmed, or null after recording why not.</summary>
    public string? RequiredText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"The field {field} is required.");
            return null;
        }

        return MaxLength(field, Printable(field, value.Trim()), maxLength);
    }

    /// <summary>An optional enum from a query string, by name (case-insensitive, never a number); absent is null.</summary>
    public T? OptionalEnum<T>(string field, string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _))
        {
            return parsed;
        }

        Add(field, $"The {field} must be one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
        return null;
    }

    /// <summary>
    /// A required one-line text: a title or a name ends up in email headers (subject, display names),
    /// where a line break would start a header of its own, so control characters are refused here.
    /// </summary>
    public string? RequiredLine(string field, string? value, int maxLength)
    {
        var text = RequiredText(field, value, maxLength);
        if (text is not null && text.Any(char.IsControl))
        {
            Add(field, $"The field {field} must be one line, without line breaks or control characters.");
            return null;
        }

        return text;
    }

    /// <summary>Checks an optional text field; returns it trimmed (empty when absent).</summary>
    public string OptionalText(string field, string? value, int maxLength) =>
        MaxLength(field, Printable(field, value?.Trim() ?? string.Empty), maxLength) ?? string.Empty;

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

        return value;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// NUL and the other control characters have no place in text a person typed and would end up raw in
    /// an email or a file: refused (tab and line breaks excepted; one-line fields refuse those too).
    /// </summary>
    private string? Printable(string field, string text)
    {
        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            Add(field, $"The field {field} must not contain control characters such as NUL.");
            return null;
        }

        return text;
    }

    private string? MaxLength(string field, string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, $"The field {field} must be at most {maxLength} characters long.");
            return null;
        }

        return text;
    }
}
