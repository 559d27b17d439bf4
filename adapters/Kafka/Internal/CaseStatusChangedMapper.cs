using Hub.Identifiers;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Maps <see cref="Messages.CaseStatusChanged"/> to and from the wire's <see cref="Wire.CaseStatusChanged"/>.</summary>
internal static class CaseStatusChangedMapper
{
    public static Wire.CaseStatusChanged ToWire(Messages.CaseStatusChanged change) => new()
    {
        EventId = change.EventId,
        OccurredAt = WireTime.ToUnixMs(change.OccurredAt),
        CaseId = change.CaseId.Value,
        Sequence = change.Sequence,
        Status = ToWire(change.Status),
        MatterCode = change.MatterCode,
        ReceivingNode = change.ReceivingNode.ToString(),
        HandlingNode = change.HandlingNode.ToString(),
        Actor = change.Actor,
        Detail = change.Detail,
    };

    /// <summary>Reads a change back; throws <see cref="FormatException"/> naming the first bad field.</summary>
    public static Messages.CaseStatusChanged ToMessage(Wire.CaseStatusChanged change) => new(
        change.EventId ?? throw new FormatException("event_id is missing."),
        WireTime.FromUnixMs(change.OccurredAt),
        CaseId.Parse(change.CaseId ?? throw new FormatException("case_id is missing.")),
        change.Sequence,
        FromWire(change.Status),
        change.MatterCode ?? string.Empty,
        DivisionCode.Parse(change.ReceivingNode ?? throw new FormatException("receiving_node is missing.")),
        DivisionCode.Parse(change.HandlingNode ?? throw new FormatException("handling_node is missing.")),
        change.Actor ?? string.Empty,
        change.Detail);

    // The wire keeps 0 for "unspecified", so each status is one above the hub's own enum value.
    private static Wire.CaseStatus ToWire(Cases.CaseStatus status) =>
        Enum.IsDefined(status) ? (Wire.CaseStatus)((int)status + 1) : throw new ArgumentOutOfRangeException(nameof(status), status, null);

    private static Cases.CaseStatus FromWire(Wire.CaseStatus status) =>
        status is > Wire.CaseStatus.Unspecified and <= Wire.CaseStatus.Withdrawn
            ? (Cases.CaseStatus)((int)status - 1)
            : throw new FormatException($"status {(int)status} is not a case status.");
}
