using Hub.Messages;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Maps <see cref="SupervisionNotice"/> to the wire; the kinds carry the same numbers.</summary>
internal static class SupervisionNoticeMapper
{
    public static Wire.SupervisionNotice ToWire(SupervisionNotice notice) => new()
    {
        EventId = notice.EventId,
        OccurredAt = WireTime.ToUnixMs(notice.OccurredAt),
        CaseId = notice.CaseId.Value,
        Kind = Enum.IsDefined(notice.Kind) ? (Wire.SupervisionKind)(int)notice.Kind : throw new ArgumentOutOfRangeException(nameof(notice), notice.Kind, null),
        MatterCode = notice.MatterCode,
        ReceivingNode = notice.ReceivingNode.ToString(),
        HandlingNode = notice.HandlingNode.ToString(),
        Department = notice.Department,
        Deadline = notice.Deadline is { } d ? WireTime.ToWire(d) : null,
        Detail = notice.Detail,
        Reason = string.IsNullOrEmpty(notice.Reason) ? null : notice.Reason,
    };
}
