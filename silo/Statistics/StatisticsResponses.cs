using Hub.Api;

namespace Hub.Statistics;

/// <summary>Builds the statistics responses from counts by line.</summary>
public static class StatisticsResponses
{
    public static StatisticsResponse Of(NodeRef? node, StatisticsWindow window, int generation, IReadOnlyDictionary<string, StatisticsCounts> byLine) => new(
        node, window.From, window.To, generation,
        FiguresResponse.From(byLine.GetValueOrDefault(StatisticsEntry.AllLines, StatisticsCounts.Zero)),
        byLine.Where(l => l.Key != StatisticsEntry.AllLines && !l.Value.IsZero).ToDictionary(l => l.Key, l => FiguresResponse.From(l.Value)));
}
