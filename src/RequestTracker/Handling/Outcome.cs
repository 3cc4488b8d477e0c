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
    internal Outcome(
        OutcomeKind kind, T? value, IReadOnlyDictionary<string, string[]>? errors, string? detail, IReadOnlyDictionary<string, object?>? extensions = null,
        IReadOnlyDictionary<string, FormattableString[]>? messages = null)
    {
        Kind = kind;
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>();
        Detail = detail;
        Extensions = extensions ?? new Dictionary<string, object?>();
        Messages = messages ?? Errors.ToDictionary(e => e.Key, e => e.Value.Select(Plain).ToArray(), StringComparer.Ordinal);
    }

    public OutcomeKind Kind { get; }

    public T? Value { get; }

    /// <summary>The field errors in English, as the API gives them.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>
    /// The same errors with their formats and arguments, for a page to translate (FormErrors); a message that came
    /// as a plain string is the format "{0}" with that string as its argument.
    /// </summary>
    public IReadOnlyDictionary<string, FormattableString[]> Messages { get; }

    public string? Detail { get; }

    /// <summary>Extra members for the problem document (e.g. the permitted actions of a 409).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null, null);

    public static Outcome<T> Invalid(ValidationErrors errors) => new(OutcomeKind.Invalid, default, errors.ToDictionary(), null, messages: errors.ToMessages());

    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, default, null, null);

    public static Outcome<T> Conflict(string detail, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(OutcomeKind.Conflict, default, null, detail, extensions);

    /// <summary>
    /// Well-formed and permitted, but the law or the lifecycle forbids it as given (an extension beyond what
    /// the law allows, an outcome without its evidence); <paramref name="field"/> names the input at fault.
    /// </summary>
    public static Outcome<T> Unprocessable(string detail, string? field = null) =>
        new(OutcomeKind.Unprocessable, default, field is null ? null : new Dictionary<string, string[]> { [field] = [detail] }, detail);

    /// <summary>Forbidden by the law as given, for several fields at once (a request in a language the law does not take, without the requester's address).</summary>
    public static Outcome<T> Unprocessable(ValidationErrors errors) =>
        new(OutcomeKind.Unprocessable, default, errors.ToDictionary(), string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value)), messages: errors.ToMessages());

    /// <summary>The same failure as an outcome of another type (a failure carries no value).</summary>
    public Outcome<TOther> As<TOther>() => Kind == OutcomeKind.Ok
        ? throw new InvalidOperationException("Only a failure can change its value type.")
        : new Outcome<TOther>(Kind, default, Errors, Detail, Extensions, Messages);

    private static FormattableString Plain(string message) => $"{message}";
}
