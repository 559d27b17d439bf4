using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>One material of a case: the catalogue's material code and a reference to the stored file or paper original.</summary>
[ProtoContract(Name = "Material")]
public sealed class Material
{
    [ProtoMember(1, Name = "code")]
    public string? Code { get; set; }

    [ProtoMember(2, Name = "reference")]
    public string? Reference { get; set; }
}
