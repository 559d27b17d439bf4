using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>How the applicant chose to be told: by SMS, or in the government-service app bound to their mobile number.</summary>
[ProtoContract(Name = "NotificationChannel")]
public enum NotificationChannel
{
    [ProtoEnum(Name = "NOTIFICATION_CHANNEL_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "NOTIFICATION_CHANNEL_SMS")]
    Sms = 1,

    [ProtoEnum(Name = "NOTIFICATION_CHANNEL_APP")]
    App = 2,
}
