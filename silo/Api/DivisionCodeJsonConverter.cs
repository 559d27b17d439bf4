using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Identifiers;

namespace Hub.Api;

/// <summary>Writes a division code as its 12-digit string.</summary>
public sealed class DivisionCodeJsonConverter : JsonConverter<DivisionCode>
{
    public override DivisionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DivisionCode.TryParse(reader.GetString(), out var code, out var error) ? code : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, DivisionCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
