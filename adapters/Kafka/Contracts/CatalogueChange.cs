using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// On <c>hub.catalogue-changes</c>, keyed by matter code: one revision of a matter that an operator's change set made.
/// A reader keeps, per code, the highest <c>version</c> it has seen; a repeat carries the same <c>event_id</c>.
/// Field numbers are part of the published contract.
/// </summary>
[ProtoContract(Name = "CatalogueChange")]
public sealed class CatalogueChange
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>The change set's number in the catalogue's history, from 1.</summary>
    [ProtoMember(2, Name = "seq")]
    public int Seq { get; set; }

    /// <summary>Unix time in milliseconds.</summary>
    [ProtoMember(3, Name = "recorded_at")]
    public long RecordedAt { get; set; }

    [ProtoMember(4, Name = "code")]
    public string? Code { get; set; }

    /// <summary>The matter's version this revision made: 1 for a new matter, one more for each later change, merge or cancellation.</summary>
    [ProtoMember(5, Name = "version")]
    public int Version { get; set; }

    [ProtoMember(6, Name = "kind")]
    public CatalogueChangeKind Kind { get; set; }

    /// <summary>The China date it is in force from, <c>yyyy-MM-dd</c>.</summary>
    [ProtoMember(7, Name = "effective_from")]
    public string? EffectiveFrom { get; set; }

    [ProtoMember(8, Name = "name")]
    public string? Name { get; set; }

    /// <summary>For a merge (always) and a cancellation (when it has one): the code of the matter that takes its submissions.</summary>
    [ProtoMember(9, Name = "successor")]
    public string? Successor { get; set; }

    /// <summary>The operator who recorded the change set.</summary>
    [ProtoMember(10, Name = "by")]
    public string? By { get; set; }

    [ProtoMember(11, Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>The version's whole entry, JSON in the form of the hub's catalogue file.</summary>
    [ProtoMember(12, Name = "entry_json")]
    public string? EntryJson { get; set; }
}

/// <summary>What a revision did to its matter.</summary>
[ProtoContract(Name = "CatalogueChangeKind")]
public enum CatalogueChangeKind
{
    [ProtoEnum(Name = "CATALOGUE_CHANGE_KIND_UNSPECIFIED")]
    Unspecified = 0,

    [ProtoEnum(Name = "CATALOGUE_CHANGE_KIND_ADDED")]
    Added = 1,

    [ProtoEnum(Name = "CATALOGUE_CHANGE_KIND_CHANGED")]
    Changed = 2,

    [ProtoEnum(Name = "CATALOGUE_CHANGE_KIND_MERGED")]
    Merged = 3,

    [ProtoEnum(Name = "CATALOGUE_CHANGE_KIND_CANCELLED")]
    Cancelled = 4,
}
