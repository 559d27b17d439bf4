namespace Hub.Cases;

/// <summary>One shipment of a case, as stored: what the window recorded and what its courier reported since.</summary>
[GenerateSerializer, Alias("hub.ShipmentState")]
public sealed class ShipmentState
{
    [Id(0)] public ShipmentDirection Direction { get; set; }
    [Id(1)] public string Carrier { get; set; } = "";
    [Id(2)] public string Waybill { get; set; } = "";
    [Id(3)] public DateTimeOffset RecordedAt { get; set; }
    [Id(4)] public string RecordedBy { get; set; } = "";
    [Id(5)] public List<ShipmentEventView> Events { get; set; } = [];

    /// <summary>Whether the courier has delivered it or had it signed for.</summary>
    public bool Arrived => Events.Exists(e => e.Kind is ShipmentEventKind.Delivered or ShipmentEventKind.SignedFor);

    public ShipmentView ToView() => new(Direction, Carrier, Waybill, RecordedAt, RecordedBy, Events.ToArray(), Arrived);
}
