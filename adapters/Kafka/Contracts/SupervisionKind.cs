using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>What supervision did about a case, on the wire; zero means left out.</summary>
[ProtoContract(Name = "SupervisionKind")]
public enum SupervisionKind
{
    [ProtoEnum(Name = "SUPERVISION_KIND_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "SUPERVISION_KIND_REMINDER")]
    Reminder = 1,

    [ProtoEnum(Name = "SUPERVISION_KIND_YELLOW_CARD")]
    YellowCard = 2,

    [ProtoEnum(Name = "SUPERVISION_KIND_RED_CARD")]
    RedCard = 3,

    [ProtoEnum(Name = "SUPERVISION_KIND_CARD_CLEARED")]
    CardCleared = 4,

    [ProtoEnum(Name = "SUPERVISION_KIND_DEEMED_ACCEPTED")]
    DeemedAccepted = 5,

    [ProtoEnum(Name = "SUPERVISION_KIND_RECTIFICATION_OPENED")]
    RectificationOpened = 6,

    [ProtoEnum(Name = "SUPERVISION_KIND_RECTIFIED")]
    Rectified = 7,

    [ProtoEnum(Name = "SUPERVISION_KIND_DELAY_COMPLAINT")]
    DelayComplaint = 8,
}
