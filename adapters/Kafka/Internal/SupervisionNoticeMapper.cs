using Hub.Messages;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Maps <see cref="SupervisionNotice"/> to and from the wire; the kinds carry the same numbers.</summary>
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
        ResponsibleNode = notice.Responsible.ToString(),
    };

    /// <summary>Reads a notice back; throws <see cref="FormatException"/> naming the first bad field.</summary>
    public static SupervisionNotice ToMessage(Wire.SupervisionNotice notice) => new(
        notice.EventId ?? throw new FormatException("event_id is missing."),
        WireTime.FromUnixMs(notice.OccurredAt),
        Identifiers.CaseId.Parse(notice.CaseId ?? throw new FormatException("case_id is missing.")),
        Enum.IsDefined((Cases.SupervisionKind)(int)notice.Kind) ? (Cases.SupervisionKind)(int)notice.Kind : throw new FormatException($"kind {(int)notice.Kind} is not a supervision kind."),
        notice.MatterCode ?? string.Empty,
        Identifiers.DivisionCode.Parse(notice.ReceivingNode ?? throw new FormatException("receiving_node is missing.")),
        Identifiers.DivisionCode.Parse(notice.HandlingNode ?? throw new FormatException("handling_node is missing.")),
        notice.Department ?? throw new FormatException("department is missing."),
        string.IsNullOrEmpty(notice.Deadline) ? null : WireTime.ParseDate(notice.Deadline, "deadline"),
        notice.Detail ?? string.Empty,
        notice.Reason ?? string.Empty,
        string.IsNullOrEmpty(notice.ResponsibleNode) ? null : Identifiers.DivisionCode.Parse(notice.ResponsibleNode));
}
