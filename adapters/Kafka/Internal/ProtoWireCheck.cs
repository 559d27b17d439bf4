using ProtoBuf;
using ProtoBuf.Meta;

namespace Hub.Kafka.Internal;

/// <summary>
/// Says in words why bytes are not a protobuf message of a contract, for a dead letter's reason: it walks the wire
/// format field by field and names the first thing wrong and where (byte offsets from the start of the payload).
/// The fields expected come from protobuf-net's model of the contract type, so the words follow the contract.
/// </summary>
internal static class ProtoWireCheck
{
    private const int MaxVarintBytes = 10;
    private const string Truncated = "truncated";

    /// <summary>The fields of <paramref name="contract"/> by number, message fields with theirs.</summary>
    public static IReadOnlyDictionary<int, ProtoField> FieldsOf(Type contract) =>
        RuntimeTypeModel.Default[contract].GetFields().ToDictionary(m => m.FieldNumber, m =>
        {
            var type = m.ItemType ?? m.MemberType;
            return type == typeof(string) ? new ProtoField(m.Name, 2, null)
                : type.IsDefined(typeof(ProtoContractAttribute), false) ? new ProtoField(m.Name, 2, FieldsOf(type))
                : new ProtoField(m.Name, 0, null);
        });

    /// <summary>What is wrong with <paramref name="bytes"/> as a message of <paramref name="fields"/>; null when nothing is.</summary>
    public static string? Explain(ReadOnlySpan<byte> bytes, IReadOnlyDictionary<int, ProtoField> fields) => Explain(bytes, fields, 0);

    private static string? Explain(ReadOnlySpan<byte> bytes, IReadOnlyDictionary<int, ProtoField> fields, int origin)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            var at = origin + position;
            if (Varint(bytes, ref position, out var tag) is { } badTag)
            {
                return badTag == Truncated ? $"it ends inside a field, at byte {at}" : $"at byte {at} a field's tag is {badTag}";
            }

            var number = tag >> 3;
            var wireType = (int)(tag & 7);
            var known = number <= int.MaxValue ? fields.GetValueOrDefault((int)number) : null;
            var field = known is null ? $"field {number}" : $"field {number} ({known.Name})";
            if (tag > uint.MaxValue || number == 0)
            {
                return $"at byte {at} a field is numbered {number}, which protobuf does not allow";
            }

            if (wireType is 3 or 4 or 6 or 7)
            {
                return $"at byte {at} {field} is marked with wire type {wireType}, {(wireType is 3 or 4 ? "a group, which hub.proto does not use" : "which protobuf does not have")}";
            }

            if (known is not null && known.WireType != wireType)
            {
                return $"at byte {at} {field} should hold {known.Holds} but is written as {Written(wireType)}";
            }

            if (Value(bytes, ref position, wireType, known, field, origin) is { } badValue)
            {
                return badValue;
            }
        }

        return null;
    }

    private static string? Value(ReadOnlySpan<byte> bytes, ref int position, int wireType, ProtoField? known, string field, int origin)
    {
        var left = bytes.Length - position;
        switch (wireType)
        {
            case 0:
                return Varint(bytes, ref position, out _) is { } bad ? (bad == Truncated ? $"it ends inside {field}" : $"{field} holds {bad}") : null;
            case 1 or 5:
                var size = wireType == 1 ? 8 : 4;
                position += size;
                return left < size ? $"it ends inside {field}: a {size}-byte number with {left} bytes left" : null;
        }

        if (Varint(bytes, ref position, out var length) is { } badLength)
        {
            return badLength == Truncated ? $"it ends inside {field}" : $"the length of {field} is {badLength}";
        }

        left = bytes.Length - position;
        if (length > (ulong)left)
        {
            return $"it ends inside {field}: the field says it holds {length} bytes, and {left} are left";
        }

        var start = position;
        position += (int)length;
        return known?.Fields is { } inner && Explain(bytes.Slice(start, (int)length), inner, origin + start) is { } within
            ? $"inside {field}, {within}"
            : null;
    }

    // Reads a base-128 varint; null when it is sound, else what is wrong with it.
    private static string? Varint(ReadOnlySpan<byte> bytes, ref int position, out ulong value)
    {
        value = 0;
        for (var i = 0; i < MaxVarintBytes; i++)
        {
            if (position >= bytes.Length)
            {
                return Truncated;
            }

            var b = bytes[position++];
            if (i == MaxVarintBytes - 1 && b > 1)
            {
                return "a number larger than 64 bits";
            }

            value |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                return null;
            }
        }

        return $"a number that runs on for more than {MaxVarintBytes} bytes";
    }

    private static string Written(int wireType) => wireType switch
    {
        0 => "a varint number",
        1 => "an 8-byte number",
        5 => "a 4-byte number",
        _ => "length-delimited bytes",
    };
}
