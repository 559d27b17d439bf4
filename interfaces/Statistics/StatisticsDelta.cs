namespace Hub.Statistics;

/// <summary>
/// Counts to add to a bucket's day and line, from the feed message at <see cref="Offset"/> of <see cref="Stream"/>
/// (<c>{topic}/{partition}</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.StatisticsDelta")]
public sealed record StatisticsDelta(
    [property: Id(0)] string Stream,
    [property: Id(1)] long Offset,
    [property: Id(2)] DateOnly Day,
    [property: Id(3)] string Line,
    [property: Id(4)] StatisticsCounts Counts);
