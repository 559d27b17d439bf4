namespace Hub.Statistics;

/// <summary>The persisted state of a bucket: its counts by day and line, and the last offset added from each stream.</summary>
[GenerateSerializer, Alias("hub.StatisticsBucketState")]
public sealed class StatisticsBucketState
{
    /// <summary>Counts by <c>{yyyy-MM-dd}|{line}</c>.</summary>
    [Id(0)] public Dictionary<string, StatisticsCounts> Cells { get; set; } = [];

    /// <summary>The last offset added, by stream (<c>{topic}/{partition}</c>).</summary>
    [Id(1)] public Dictionary<string, long> Offsets { get; set; } = [];
}
