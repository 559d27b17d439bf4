using Hub.Hotline;

namespace Hub.Cases;

/// <summary>
/// What one 12345 work order shows on its node's supervision board: its yellow and red cards of the round waiting for
/// the department's reply. The order sends its whole entry after each write that changes it; answered, it comes off.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.WorkOrderBoardEntry")]
public sealed record WorkOrderBoardEntry(
    [property: Id(0)] string OrderId,
    [property: Id(1)] WorkOrderKind Kind,
    [property: Id(2)] string Category,
    [property: Id(3)] string CategoryName,
    [property: Id(4)] string Department,
    [property: Id(5)] DateOnly Deadline,
    [property: Id(6)] IReadOnlyList<WorkOrderNotice> OpenCards,
    [property: Id(7)] DateTimeOffset UpdatedAt)
{
    public bool IsOpen => OpenCards.Count > 0;
}
