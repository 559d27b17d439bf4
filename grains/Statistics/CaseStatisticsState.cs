namespace Hub.Statistics;

/// <summary>The persisted state of a case's statistics: what its status changes count for, and each message applied.</summary>
[GenerateSerializer, Alias("hub.CaseStatisticsState")]
public sealed class CaseStatisticsState
{
    /// <summary>The sequence of the status change whose figures are counted; 0 before the first.</summary>
    [Id(0)] public long Sequence { get; set; }

    /// <summary>What the counted status change counts for.</summary>
    [Id(1)] public List<StatisticsEntry> Counted { get; set; } = [];

    /// <summary>Each message applied (<c>status/{sequence}</c> or <c>notice/{event id}</c>): where it was read and what it added.</summary>
    [Id(2)] public Dictionary<string, AppliedMessage> Applied { get; set; } = [];
}

/// <summary>A message applied: the partition and offset it was first read at, and the entries it added.</summary>
[GenerateSerializer, Immutable, Alias("hub.AppliedMessage")]
public sealed record AppliedMessage([property: Id(0)] string Source, [property: Id(1)] IReadOnlyList<StatisticsEntry> Added);
