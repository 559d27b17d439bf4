using System.Text;

namespace Hub.Tests.Kafka;

/// <summary>Writes protobuf by hand, field number by field number, to pin the wire format.</summary>
internal sealed class ProtoBytes
{
    private readonly List<byte> bytes = [];

    public ProtoBytes Varint(int field, long value) => Tag(field, 0).Raw((ulong)value);

    public ProtoBytes String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtoBytes Message(int field, ProtoBytes message) => Bytes(field, message.ToArray());

    public ProtoBytes Bytes(int field, byte[] value)
    {
        Tag(field, 2).Raw((ulong)value.Length);
        bytes.AddRange(value);
        return this;
    }

    public byte[] ToArray() => [.. bytes];

    private ProtoBytes Tag(int field, int wireType) => Raw((ulong)((field << 3) | wireType));

    private ProtoBytes Raw(ulong value)
    {
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return this;
    }
}
