using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// What one case shows on a node's supervision board (电子监察): its open cards against that node, and the rectification
/// that node owes, if any. A case sends its whole entry after each write that changes it, so a repeat is harmless.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.SupervisionBoardEntry")]
public sealed record SupervisionBoardEntry(
    [property: Id(0)] CaseId CaseId,
    [property: Id(1)] string MatterCode,
    [property: Id(2)] string MatterName,
    [property: Id(3)] DateOnly CommittedDeadline,
    [property: Id(4)] DateOnly StatutoryDeadline,
    [property: Id(5)] IReadOnlyList<SupervisionCardView> OpenCards,
    [property: Id(6)] RectificationView? Rectification,
    [property: Id(7)] DateTimeOffset UpdatedAt)
{
    /// <summary>Whether the entry has anything on it: an open card, or a rectification not closed.</summary>
    public bool IsOpen => OpenCards.Count > 0 || Rectification is { ClosedAt: null };
}
