namespace RequestTracker.Definitions;

/// <summary>
/// A word of the vocabulary in JSON, as the definitions, the database and the API write it ("next-step", "partially-answered"),
/// never the member's name: as a value and as a dictionary key. A word of no member is a <see cref="System.Text.Json.JsonException"/>
/// (the API answers it 400 with the field's path).
/// </summary>
internal abstract class VocabularyWords<T>(Func<T, string> word, Func<string?, T?> parse) : System.Text.Json.Serialization.JsonConverter<T>
    where T : struct, Enum
{
    /// <summary>The reverse of <paramref name="word"/>: each member by its word; null for a word that names none.</summary>
    public static Func<string?, T?> Index(Func<T, string> word)
    {
        var members = Enum.GetValues<T>().ToDictionary(word, StringComparer.Ordinal);
        return w => w is not null && members.TryGetValue(w, out var member) ? member : null;
    }

    public override T Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        parse(reader.GetString()) ?? throw new System.Text.Json.JsonException();

    public override void Write(System.Text.Json.Utf8JsonWriter writer, T value, System.Text.Json.JsonSerializerOptions options) => writer.WriteStringValue(word(value));

    public override T ReadAsPropertyName(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(System.Text.Json.Utf8JsonWriter writer, T value, System.Text.Json.JsonSerializerOptions options) =>
        writer.WritePropertyName(word(value));
}
