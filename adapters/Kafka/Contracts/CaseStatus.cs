using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>The milestones of a case on the wire; zero means the sender left it out.</summary>
[ProtoContract(Name = "CaseStatus")]
public enum CaseStatus
{
    [ProtoEnum(Name = "CASE_STATUS_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "CASE_STATUS_RECEIVED")]
    Received = 1,

    [ProtoEnum(Name = "CASE_STATUS_FORWARDED")]
    Forwarded = 2,

    [ProtoEnum(Name = "CASE_STATUS_ACCEPTED")]
    Accepted = 3,

    [ProtoEnum(Name = "CASE_STATUS_SUPPLEMENT_REQUESTED")]
    SupplementRequested = 4,

    [ProtoEnum(Name = "CASE_STATUS_APPROVED")]
    Approved = 5,

    [ProtoEnum(Name = "CASE_STATUS_REJECTED")]
    Rejected = 6,

    [ProtoEnum(Name = "CASE_STATUS_DELIVERED")]
    Delivered = 7,

    [ProtoEnum(Name = "CASE_STATUS_CLOSED")]
    Closed = 8,

    [ProtoEnum(Name = "CASE_STATUS_WITHDRAWN")]
    Withdrawn = 9,
}
