using Hub.Statistics;

namespace Hub.Statistics;

/// <summary>
/// Reads the statistics of a scope (a node with everything below it, or the nation) over a window of days: one
/// bucket per month of the window, each holding the scope's counts by day and line.
/// </summary>
public sealed class StatisticsReader(IGrainFactory grains)
{
    /// <summary>The generation the projections count into now.</summary>
    public Task<int> GenerationAsync() => grains.GetGrain<IStatisticsGenerationGrain>(0).Current();

    /// <summary>The counts of <paramref name="scope"/> from <paramref name="from"/> to <paramref name="to"/> (both included), by line.</summary>
    public async Task<IReadOnlyDictionary<string, StatisticsCounts>> ReadAsync(int generation, string scope, DateOnly from, DateOnly to)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        var cells = await Task.WhenAll(months.Select(m => grains.GetGrain<IStatisticsBucketGrain>(StatisticsKeys.Bucket(generation, scope, m)).Cells()));
        var byLine = new SortedDictionary<string, StatisticsCounts>(StringComparer.Ordinal) { [StatisticsEntry.AllLines] = StatisticsCounts.Zero };
        foreach (var cell in cells.SelectMany(c => c).Where(c => c.Day >= from && c.Day <= to))
        {
            byLine[cell.Line] = byLine.GetValueOrDefault(cell.Line, StatisticsCounts.Zero) + cell.Counts;
        }

        return byLine;
    }
}
