using System.Diagnostics.CodeAnalysis;
using Hub.Kafka.DeadLetters;

namespace Hub.Kafka.Internal;

/// <summary>
/// Decodes a protobuf message the hub consumes, or says in words why not: no value (<c>empty</c>), or bytes that are no
/// such message (<c>undecodable</c>, with what is wrong with them and where — protobuf-net's own messages are for its
/// developers, not for the sender).
/// </summary>
internal static class WireDecode
{
    public static bool TryDecode<T>(ReadOnlySpan<byte> value, [NotNullWhen(true)] out T? wire, [NotNullWhen(false)] out string? reason)
        where T : class
    {
        wire = null;
        if (value.IsEmpty)
        {
            reason = $"{DeadLetterCodes.Empty}: the message has no value";
            return false;
        }

        try
        {
            wire = ProtoCodec.Decode<T>(value);
            reason = null;
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var wrong = ProtoWireCheck.Explain(value, Fields<T>.All) ?? "its bytes do not follow the protobuf wire format";
            reason = $"{DeadLetterCodes.Undecodable}: the payload is not a {typeof(T).Name} protobuf message: {wrong}";
            return false;
        }
    }

    private static class Fields<T>
    {
        public static readonly IReadOnlyDictionary<int, ProtoField> All = ProtoWireCheck.FieldsOf(typeof(T));
    }
}
