namespace Hub.Cases;

/// <summary>
/// One node's supervision board, keyed by its 12-digit division code: the open cards raised against it and the
/// rectifications it owes, case by case, the newest closed rectifications, and the 12345 work orders carded against it.
/// Fed by each case and each work order after their writes.
/// </summary>
[Alias("hub.ISupervisionBoardGrain")]
public interface ISupervisionBoardGrain : IGrainWithStringKey
{
    /// <summary>Puts the case's entry on the board, replacing its last one; an entry with nothing open comes off.</summary>
    [Alias("Track")]
    Task Track(SupervisionBoardEntry entry);

    /// <summary>Puts the work order's entry on the board, replacing its last one; an entry with no open card comes off.</summary>
    [Alias("TrackWorkOrder")]
    Task TrackWorkOrder(WorkOrderBoardEntry entry);

    /// <summary>The entries with something open, the newest closed rectifications, and the carded work orders.</summary>
    [Alias("Read")]
    Task<SupervisionBoardView> Read();
}

/// <summary>A node's supervision board.</summary>
[GenerateSerializer, Immutable, Alias("hub.SupervisionBoardView")]
public sealed record SupervisionBoardView(
    [property: Id(0)] IReadOnlyList<SupervisionBoardEntry> Open,
    [property: Id(1)] IReadOnlyList<SupervisionBoardEntry> Closed,
    [property: Id(2)] IReadOnlyList<WorkOrderBoardEntry> WorkOrders);
