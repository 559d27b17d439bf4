namespace Hub.Catalogue;

/// <summary>What an operator does to a matter of the catalogue (Guangzhou's 编码事项管理系统 speaks of 新增、变更、合并、取消).</summary>
public enum CatalogueChangeKind
{
    /// <summary>A new matter (新增).</summary>
    Add = 1,

    /// <summary>A new version of a matter: some of its fields changed (变更).</summary>
    Change = 2,

    /// <summary>The matter is merged into another, its successor, which takes its submissions (合并).</summary>
    Merge = 3,

    /// <summary>The matter is cancelled (取消), with or without a successor.</summary>
    Cancel = 4,
}

/// <summary>
/// One change of a change set, as validated: for <see cref="CatalogueChangeKind.Add"/> the whole entry, for
/// <see cref="CatalogueChangeKind.Change"/> the fields that change (JSON, in the catalogue file's form), for a merge or
/// a cancellation the successor; in force from <see cref="EffectiveFrom"/> (a China date).
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CatalogueChange")]
public sealed record CatalogueChange(
    [property: Id(0)] CatalogueChangeKind Kind,
    [property: Id(1)] string Code,
    [property: Id(2)] string? Entry,
    [property: Id(3)] string? Successor,
    [property: Id(4)] DateOnly EffectiveFrom);

/// <summary>A change set as recorded: its place in the catalogue's history (<see cref="Seq"/>, from 1), when, by whom, why.</summary>
[GenerateSerializer, Immutable, Alias("hub.CatalogueChangeSet")]
public sealed record CatalogueChangeSet(
    [property: Id(0)] int Seq,
    [property: Id(1)] DateTimeOffset RecordedAt,
    [property: Id(2)] string By,
    [property: Id(3)] string Reason,
    [property: Id(4)] IReadOnlyList<CatalogueChange> Changes);
