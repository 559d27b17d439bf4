namespace Hub.Statistics;

/// <summary>A bucket's counts for one day and line.</summary>
[GenerateSerializer, Immutable, Alias("hub.StatisticsCell")]
public sealed record StatisticsCell(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] string Line,
    [property: Id(2)] StatisticsCounts Counts);
