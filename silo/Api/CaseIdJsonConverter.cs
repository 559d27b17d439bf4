using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Identifiers;

namespace Hub.Api;

/// <summary>Writes a case id as its string.</summary>
public sealed class CaseIdJsonConverter : JsonConverter<CaseId>
{
    public override CaseId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CaseId.TryParse(reader.GetString(), out var id, out var error) ? id : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, CaseId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
