namespace Hub.Kafka.Internal;

/// <summary>
/// A field of a wire contract as <see cref="ProtoWireCheck"/> expects it: its name in <c>hub.proto</c>, the wire
/// type it is written with (0: a varint number, 2: length-delimited), and for a message field, the fields within.
/// </summary>
internal sealed record ProtoField(string Name, int WireType, IReadOnlyDictionary<int, ProtoField>? Fields)
{
    /// <summary>What the field holds, in words.</summary>
    public string Holds => Fields is not null ? "a message" : WireType == 2 ? "text" : "a number";
}
