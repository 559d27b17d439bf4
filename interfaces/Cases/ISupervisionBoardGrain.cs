namespace Hub.Cases;

/// <summary>
/// One node's supervision board, keyed by its 12-digit division code: the open cards raised against it and the
/// rectifications it owes, case by case, and the newest closed rectifications. Fed by each case after its writes.
/// </summary>
[Alias("hub.ISupervisionBoardGrain")]
public interface ISupervisionBoardGrain : IGrainWithStringKey
{
    /// <summary>Puts the case's entry on the board, replacing its last one; an entry with nothing open comes off.</summary>
    [Alias("Track")]
    Task Track(SupervisionBoardEntry entry);

    /// <summary>The entries with something open, and the newest closed rectifications.</summary>
    [Alias("Read")]
    Task<SupervisionBoardView> Read();
}

/// <summary>A node's supervision board.</summary>
[GenerateSerializer, Immutable, Alias("hub.SupervisionBoardView")]
public sealed record SupervisionBoardView(
    [property: Id(0)] IReadOnlyList<SupervisionBoardEntry> Open,
    [property: Id(1)] IReadOnlyList<SupervisionBoardEntry> Closed);
