using System.Diagnostics.CodeAnalysis;
using Hub.Cases;
using Hub.Kafka.DeadLetters;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Reads a courier's report from <c>logistics.events</c>, or says in words why it cannot be applied.</summary>
internal static class LogisticsEventMapper
{
    public static bool TryDecode(ReadOnlySpan<byte> value, [NotNullWhen(true)] out LogisticsEvent? evt, [NotNullWhen(false)] out string? reason)
    {
        evt = null;
        if (!WireDecode.TryDecode<Wire.LogisticsEvent>(value, out var wire, out reason))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(wire.EventId))
        {
            reason = $"{DeadLetterCodes.MissingEventId}: event_id is empty; give every report an id of its own";
            return false;
        }

        if (wire.OccurredAt <= 0)
        {
            reason = $"{DeadLetterCodes.MissingOccurredAt}: occurred_at is not set; give the scan's time in unix milliseconds";
            return false;
        }

        var carrier = wire.Carrier?.Trim().ToUpperInvariant();
        if (carrier is null || !Carriers.All.ContainsKey(carrier))
        {
            reason = $"{DeadLetterCodes.UnknownCarrier}: carrier '{wire.Carrier}' is none of {string.Join(", ", Carriers.All.Keys)}";
            return false;
        }

        if (Carriers.Waybill(wire.Waybill, out var problem) is not { } waybill)
        {
            reason = $"{DeadLetterCodes.InvalidWaybill}: waybill '{wire.Waybill}': {problem}";
            return false;
        }

        ShipmentEventKind? kind = wire.Kind switch
        {
            Wire.ShipmentEventKind.PickedUp => ShipmentEventKind.PickedUp,
            Wire.ShipmentEventKind.InTransit => ShipmentEventKind.InTransit,
            Wire.ShipmentEventKind.Delivered => ShipmentEventKind.Delivered,
            Wire.ShipmentEventKind.SignedFor => ShipmentEventKind.SignedFor,
            _ => null,
        };
        if (kind is null)
        {
            reason = $"{DeadLetterCodes.InvalidBody}: kind {(int)wire.Kind} is none of picked up (1), in transit (2), delivered (3), signed for (4)";
            return false;
        }

        evt = new LogisticsEvent(
            wire.EventId.Trim(), DateTimeOffset.FromUnixTimeMilliseconds(wire.OccurredAt), carrier, waybill, kind.Value,
            string.IsNullOrWhiteSpace(wire.Location) ? null : wire.Location.Trim());
        reason = null;
        return true;
    }

    public static Wire.ShipmentNotice ToWire(Messages.ShipmentNotice notice) => new()
    {
        EventId = notice.EventId,
        OccurredAt = notice.OccurredAt.ToUnixTimeMilliseconds(),
        CaseId = notice.CaseId.Value,
        Department = notice.Department,
        Direction = notice.Direction == ShipmentDirection.Originals ? Wire.ShipmentDirection.Originals : Wire.ShipmentDirection.Result,
        Carrier = notice.Carrier,
        Waybill = notice.Waybill,
        Kind = (Wire.ShipmentEventKind)(int)notice.Kind,
    };
}
