using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The applicant of a dispatched task: citizen ID (GB 11643) or unified social credit code (GB 32100), and name.</summary>
[ProtoContract(Name = "Applicant")]
public sealed class Applicant
{
    [ProtoMember(1, Name = "kind")]
    public ApplicantKind Kind { get; set; }

    [ProtoMember(2, Name = "id")]
    public string? Id { get; set; }

    [ProtoMember(3, Name = "name")]
    public string? Name { get; set; }
}
