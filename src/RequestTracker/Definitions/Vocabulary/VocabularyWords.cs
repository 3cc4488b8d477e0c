namespace RequestTracker.Definitions;

/// <summary>
/// A word of the vocabulary in JSON, as the definitions, the database and the API write it ("next-step", "partially-answered"),
/// never the member's name: as a value and as a dictionary key. A word of no member is a <see cref="System.Text.Json.JsonException"/>
/// (the API answers it 400 with the field's path).
/// </summary>
internal abstract class VocabularyWords<T>(Func<T, string> word, Func<string?, T?> parse) : System.Text.Json.Serialization.JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        parse(reader.GetString()) ?? throw new System.Text.Json.JsonException();

    public override void Write(System.Text.Json.Utf8JsonWriter writer, T value, System.Text.Json.JsonSerializerOptions options) => writer.WriteStringValue(word(value));

    public override T ReadAsPropertyName(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(System.Text.Json.Utf8JsonWriter writer, T value, System.Text.Json.JsonSerializerOptions options) =>
        writer.WritePropertyName(word(value));
}
