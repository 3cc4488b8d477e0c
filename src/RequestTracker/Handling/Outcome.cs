namespace RequestTracker.Handling;

internal enum OutcomeKind
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
    Unprocessable,
}

/// <summary>
/// What a use case returns: its value, or why there is none. The API maps it to a status code and
/// problem+json; pages map it to messages next to fields. Handlers never throw for expected failures.
/// </summary>
internal sealed class Outcome<T>
{
    private Outcome(OutcomeKind kind, T? value, IReadOnlyDictionary<string, string[]>? errors, string? detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Kind = kind;
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>();
        Detail = detail;
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    public OutcomeKind Kind { get; }

    public T? Value { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public string? Detail { get; }

    /// <summary>Extra members for the problem document (e.g. the permitted actions of a 409).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null, null);

    public static Outcome<T> Invalid(ValidationErrors errors) => new(OutcomeKind.Invalid, default, errors.ToDictionary(), null);

    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, default, null, null);

    public static Outcome<T> Conflict(string detail, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(OutcomeKind.Conflict, default, null, detail, extensions);

    /// <summary>Well-formed and permitted, but the law forbids it (an extension beyond what the law allows).</summary>
    public static Outcome<T> Unprocessable(string detail) => new(OutcomeKind.Unprocessable, default, null, detail);
}
