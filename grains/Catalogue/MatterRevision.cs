namespace Hub.Catalogue;

/// <summary>
/// One version of a matter in the catalogue's history: as the file has it (<see cref="Kind"/> null, version 1), or as a
/// recorded change set made it. A merge or a cancellation is a revision too, which retires the matter from its
/// <see cref="EffectiveFrom"/> on; <see cref="Matter"/> is then the version it retires.
/// </summary>
/// <param name="Entry">The version's whole entry as JSON, in the catalogue file's form.</param>
public sealed record MatterRevision(
    string Code,
    int Version,
    CatalogueChangeKind? Kind,
    DateOnly EffectiveFrom,
    Matter Matter,
    string Entry,
    string? Successor = null,
    int Seq = 0,
    DateTimeOffset? RecordedAt = null,
    string? By = null,
    string? Reason = null)
{
    /// <summary>Whether this revision takes the matter out of the catalogue (合并 or 取消).</summary>
    public bool Retires => Kind is CatalogueChangeKind.Merge or CatalogueChangeKind.Cancel;
}
