using Hub.Identifiers;

namespace Hub.Statistics;

/// <summary>
/// Counts a case adds (or, negative, takes back) at one node on one day (China's calendar), for one department
/// line or, with <see cref="AllLines"/>, for all lines together, where a case counts once however many lines it has.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.StatisticsEntry")]
public sealed record StatisticsEntry(
    [property: Id(0)] DivisionCode Node,
    [property: Id(1)] DateOnly Day,
    [property: Id(2)] string Line,
    [property: Id(3)] StatisticsCounts Counts)
{
    /// <summary>The line of the figures of all department lines together.</summary>
    public const string AllLines = "*";
}
