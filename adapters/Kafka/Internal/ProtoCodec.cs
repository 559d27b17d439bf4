using ProtoBuf;

namespace Hub.Kafka.Internal;

/// <summary>Protobuf encoding of the wire contracts.</summary>
internal static class ProtoCodec
{
    public static byte[] Encode<T>(T message)
    {
        using var stream = new MemoryStream();
        Serializer.Serialize(stream, message);
        return stream.ToArray();
    }

    /// <summary>Decodes <paramref name="bytes"/>; throws (<see cref="ProtoException"/> and others) on malformed input.</summary>
    public static T Decode<T>(ReadOnlySpan<byte> bytes) => Serializer.Deserialize<T>(bytes);
}
