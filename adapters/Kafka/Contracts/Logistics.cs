using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// A courier's report of a shipment, on <c>logistics.events</c>, keyed by the waybill number: picked up, in transit,
/// delivered or signed for. The hub finds the case by carrier and waybill (as the window recorded them); a report it
/// cannot read, or for a waybill no case recorded, is a dead letter with its reason. Field numbers are part of the
/// published contract.
/// </summary>
[ProtoContract(Name = "LogisticsEvent")]
public sealed class LogisticsEvent
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds: when the courier scanned the parcel.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    /// <summary>The courier's code as the window recorded it: EMS, SF, JD, ZTO, YTO, STO, YUNDA or JT.</summary>
    [ProtoMember(3, Name = "carrier")]
    public string? Carrier { get; set; }

    [ProtoMember(4, Name = "waybill")]
    public string? Waybill { get; set; }

    [ProtoMember(5, Name = "kind")]
    public ShipmentEventKind Kind { get; set; }

    /// <summary>Where, in the courier's words (a sorting centre, a delivery station); optional.</summary>
    [ProtoMember(6, Name = "location")]
    public string? Location { get; set; }
}

/// <summary>What a courier reports.</summary>
[ProtoContract(Name = "ShipmentEventKind")]
public enum ShipmentEventKind
{
    [ProtoEnum(Name = "SHIPMENT_EVENT_KIND_UNSPECIFIED")]
    Unspecified = 0,

    /// <summary>揽收.</summary>
    [ProtoEnum(Name = "SHIPMENT_EVENT_KIND_PICKED_UP")]
    PickedUp = 1,

    /// <summary>运输中.</summary>
    [ProtoEnum(Name = "SHIPMENT_EVENT_KIND_IN_TRANSIT")]
    InTransit = 2,

    /// <summary>投递.</summary>
    [ProtoEnum(Name = "SHIPMENT_EVENT_KIND_DELIVERED")]
    Delivered = 3,

    /// <summary>签收.</summary>
    [ProtoEnum(Name = "SHIPMENT_EVENT_KIND_SIGNED_FOR")]
    SignedFor = 4,
}

/// <summary>Which way a shipment goes.</summary>
[ProtoContract(Name = "ShipmentDirection")]
public enum ShipmentDirection
{
    [ProtoEnum(Name = "SHIPMENT_DIRECTION_UNSPECIFIED")]
    Unspecified = 0,

    /// <summary>The originals, from the receiving window to the handling node.</summary>
    [ProtoEnum(Name = "SHIPMENT_DIRECTION_ORIGINALS")]
    Originals = 1,

    /// <summary>The result, to the applicant.</summary>
    [ProtoEnum(Name = "SHIPMENT_DIRECTION_RESULT")]
    Result = 2,
}

/// <summary>
/// On <c>hub.dispatch.&lt;dept&gt;</c>, keyed by case id: the originals a case's matter requires have reached the
/// handling node (the courier delivered them or had them signed for), so the department can inspect them. Sent to each
/// department line of the case.
/// </summary>
[ProtoContract(Name = "ShipmentNotice")]
public sealed class ShipmentNotice
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds: the courier's report.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(3, Name = "case_id")]
    public string? CaseId { get; set; }

    [ProtoMember(4, Name = "department")]
    public string? Department { get; set; }

    [ProtoMember(5, Name = "direction")]
    public ShipmentDirection Direction { get; set; }

    [ProtoMember(6, Name = "carrier")]
    public string? Carrier { get; set; }

    [ProtoMember(7, Name = "waybill")]
    public string? Waybill { get; set; }

    [ProtoMember(8, Name = "kind")]
    public ShipmentEventKind Kind { get; set; }
}
