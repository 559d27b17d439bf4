using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The department asks for materials to be supplemented (补正); <see cref="Materials"/> lists their catalogue codes.</summary>
[ProtoContract(Name = "SupplementRequested")]
public sealed class SupplementRequested
{
    [ProtoMember(1, Name = "reason")]
    public string? Reason { get; set; }

    [ProtoMember(2, Name = "materials")]
    public List<string> Materials { get; } = [];
}
