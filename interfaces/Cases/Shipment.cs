using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>Which way a shipment goes (双向寄递).</summary>
public enum ShipmentDirection
{
    /// <summary>The originals a matter requires inspected, from the receiving window to the handling node (原件寄递).</summary>
    Originals = 0,

    /// <summary>The result (licence, certificate, decision), to the applicant (结果寄递).</summary>
    Result = 1,
}

/// <summary>What a courier reports of a shipment on <c>logistics.events</c>.</summary>
public enum ShipmentEventKind
{
    /// <summary>揽收: the courier took the parcel.</summary>
    PickedUp = 1,

    /// <summary>运输中: on its way, at a sorting centre or with the delivering courier.</summary>
    InTransit = 2,

    /// <summary>投递: delivered to the address (a locker, a reception desk).</summary>
    Delivered = 3,

    /// <summary>签收: signed for by the addressee.</summary>
    SignedFor = 4,
}

/// <summary>A courier's report of one shipment, keyed by its waybill; <see cref="EventId"/> is unique per report.</summary>
[GenerateSerializer, Immutable, Alias("hub.LogisticsEvent")]
public sealed record LogisticsEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string Carrier,
    [property: Id(3)] string Waybill,
    [property: Id(4)] ShipmentEventKind Kind,
    [property: Id(5)] string? Location);

/// <summary>A shipment recorded on a case, with its courier's reports in the order they came.</summary>
[GenerateSerializer, Immutable, Alias("hub.ShipmentView")]
public sealed record ShipmentView(
    [property: Id(0)] ShipmentDirection Direction,
    [property: Id(1)] string Carrier,
    [property: Id(2)] string Waybill,
    [property: Id(3)] DateTimeOffset RecordedAt,
    [property: Id(4)] string RecordedBy,
    [property: Id(5)] IReadOnlyList<ShipmentEventView> Events,
    [property: Id(6)] bool Arrived);

/// <summary>One courier report on a shipment.</summary>
[GenerateSerializer, Immutable, Alias("hub.ShipmentEventView")]
public sealed record ShipmentEventView(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] ShipmentEventKind Kind,
    [property: Id(2)] string? Location);

/// <summary>
/// The couriers a window may name (the codes their waybills are known by), and what a waybill number looks like: 10 to
/// 20 letters and digits, at least 8 of them digits. Carriers' own formats vary (EMS's 13 characters, SF's 12 to 15
/// digits); the hub checks only this common shape.
/// </summary>
public static class Carriers
{
    /// <summary>Code → name. EMS carries most government post (中国邮政速递物流, the partner of 政务服务寄递).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EMS"] = "中国邮政速递物流",
        ["SF"] = "顺丰速运",
        ["JD"] = "京东物流",
        ["ZTO"] = "中通快递",
        ["YTO"] = "圆通速递",
        ["STO"] = "申通快递",
        ["YUNDA"] = "韵达速递",
        ["JT"] = "极兔速递",
    };

    /// <summary>The waybill as kept (trimmed, upper case), or null with the reason.</summary>
    public static string? Waybill(string? text, out string? problem)
    {
        var waybill = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (waybill.Length is < 10 or > 20 || !waybill.All(char.IsAsciiLetterOrDigit) || waybill.Count(char.IsAsciiDigit) < 8)
        {
            problem = "a waybill number is 10 to 20 letters and digits, at least 8 of them digits, as printed under its barcode";
            return null;
        }

        problem = null;
        return waybill;
    }

    /// <summary>The key of a waybill's grain: carrier and number.</summary>
    public static string Key(string carrier, string waybill) => $"{carrier}/{waybill}";
}
