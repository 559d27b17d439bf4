using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>Whether the applicant is a person or an organisation; zero means the sender left it out.</summary>
[ProtoContract(Name = "ApplicantKind")]
public enum ApplicantKind
{
    [ProtoEnum(Name = "APPLICANT_KIND_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "APPLICANT_KIND_PERSON")]
    Person = 1,

    [ProtoEnum(Name = "APPLICANT_KIND_ORGANISATION")]
    Organisation = 2,
}
