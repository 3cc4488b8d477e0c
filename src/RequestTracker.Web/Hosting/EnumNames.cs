using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// The API's enumerations as camelCase names, one at a time. The framework's string converter also reads a
/// comma-separated list as the members' bits together, for any enumeration: <c>"requestText, voteRecords"</c> came
/// in as <c>article51Report</c>, a category nobody sent. A list is refused as a value not of the type (400 on the
/// field); everything else is the framework's converter, whose names the OpenAPI document lists.
/// </summary>
internal sealed class EnumNames : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _names = new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

    /// <remarks>
    /// An enumeration that names its own converter (a trigger, a timer instant: written as the definitions write them,
    /// "next-step") keeps it: a converter in the options would otherwise take precedence over the type's attribute.
    /// </remarks>
    public override bool CanConvert(Type typeToConvert) =>
        _names.CanConvert(typeToConvert) && !typeToConvert.IsDefined(typeof(JsonConverterAttribute), inherit: false);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(OneName<>).MakeGenericType(typeToConvert), _names.CreateConverter(typeToConvert, options))!;

    private sealed class OneName<T>(JsonConverter<T> names) : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString()!.Contains(',', StringComparison.Ordinal))
            {
                throw new JsonException(); // no message: the serializer writes "could not be converted" with the field's path
            }

            return names.Read(ref reader, typeToConvert, options);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => names.Write(writer, value, options);
    }
}

/// <summary>
/// The OpenAPI document lists an enumeration's names from the framework's own converter only; behind
/// <see cref="EnumNames"/> it would show any value, so the names are written here: each member as the API's own
/// serializer writes it (camelCase, or a vocabulary's word through its converter, "next-step"), so the two cannot differ.
/// </summary>
internal sealed class EnumNameSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum)
        {
            var options = context.JsonTypeInfo.Options;
            schema.Enum = Enum.GetValues(type).Cast<object>().Select(member => JsonSerializer.SerializeToNode(member, type, options)!).ToList();
        }

        return Task.CompletedTask;
    }
}
