using Hub.Identifiers;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Maps <see cref="Messages.CaseStatusChanged"/> to and from the wire's <see cref="Wire.CaseStatusChanged"/>.</summary>
internal static class CaseStatusChangedMapper
{
    public static Wire.CaseStatusChanged ToWire(Messages.CaseStatusChanged change)
    {
        var wire = new Wire.CaseStatusChanged
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
        if (change.Figures is { } f)
        {
            wire.Departments.AddRange(f.Departments);
            wire.ReceivedOn = WireTime.ToWire(f.ReceivedOn);
            wire.CommittedDeadline = WireTime.ToWire(f.CommittedDeadline);
            wire.StatutoryDeadline = WireTime.ToWire(f.StatutoryDeadline);
            wire.DecidedOn = f.DecidedOn is { } decided ? WireTime.ToWire(decided) : null;
            wire.OnTimeCommitted = f.OnTimeCommitted == true;
            wire.OnTimeStatutory = f.OnTimeStatutory == true;
            wire.WorkingDaysToDecide = f.WorkingDaysToDecide ?? 0;
            wire.Rating = f.Rating ?? 0;
            wire.RatedOn = f.RatedOn is { } rated ? WireTime.ToWire(rated) : null;
        }

        wire.CountsAsBefore = change.CountsAsBefore;

        return wire;
    }

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
        change.Detail,
        FiguresOf(change),
        change.CountsAsBefore);

    // A change from before the figures were carried (no received_on) has none.
    private static Messages.CaseFigures? FiguresOf(Wire.CaseStatusChanged change)
    {
        if (string.IsNullOrEmpty(change.ReceivedOn))
        {
            return null;
        }

        var decided = string.IsNullOrEmpty(change.DecidedOn) ? (DateOnly?)null : WireTime.ParseDate(change.DecidedOn, "decided_on");
        return new Messages.CaseFigures(
            [.. change.Departments],
            WireTime.ParseDate(change.ReceivedOn, "received_on"),
            WireTime.ParseDate(change.CommittedDeadline, "committed_deadline"),
            WireTime.ParseDate(change.StatutoryDeadline, "statutory_deadline"),
            decided,
            decided is null ? null : change.OnTimeCommitted,
            decided is null ? null : change.OnTimeStatutory,
            decided is null ? null : change.WorkingDaysToDecide,
            change.Rating is >= 1 and <= 5 ? change.Rating : change.Rating == 0 ? null : throw new FormatException($"rating {change.Rating} is not 0 (unrated) or 1 to 5."),
            string.IsNullOrEmpty(change.RatedOn) ? null : WireTime.ParseDate(change.RatedOn, "rated_on"));
    }

    // The wire keeps 0 for "unspecified", so each status is one above the hub's own enum value.
    private static Wire.CaseStatus ToWire(Cases.CaseStatus status) =>
        Enum.IsDefined(status) ? (Wire.CaseStatus)((int)status + 1) : throw new ArgumentOutOfRangeException(nameof(status), status, null);

    private static Cases.CaseStatus FromWire(Wire.CaseStatus status) =>
        status is > Wire.CaseStatus.Unspecified and <= Wire.CaseStatus.Withdrawn
            ? (Cases.CaseStatus)((int)status - 1)
            : throw new FormatException($"status {(int)status} is not a case status.");
}
