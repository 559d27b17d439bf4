using Hub.Catalogue;

namespace Hub.Messages;

/// <summary>
/// On <c>hub.catalogue-changes</c>, keyed by matter code: one revision of a matter that a recorded change set made —
/// added, changed, merged into its successor, or cancelled — with the whole entry of the version it leaves in force.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CatalogueChanged")]
public sealed record CatalogueChanged(
    [property: Id(0)] string EventId,
    [property: Id(1)] int Seq,
    [property: Id(2)] DateTimeOffset RecordedAt,
    [property: Id(3)] string Code,
    [property: Id(4)] int Version,
    [property: Id(5)] CatalogueChangeKind Kind,
    [property: Id(6)] DateOnly EffectiveFrom,
    [property: Id(7)] string Name,
    [property: Id(8)] string? Successor,
    [property: Id(9)] string By,
    [property: Id(10)] string Reason,
    [property: Id(11)] string Entry);
