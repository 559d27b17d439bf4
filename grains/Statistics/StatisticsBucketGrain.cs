using System.Globalization;

namespace Hub.Statistics;

/// <summary>
/// One node's (and its subtree's) counts for a month (<see cref="IStatisticsBucketGrain"/>). It holds one counter per
/// day and line and one offset per feed partition, never a list of cases, so that its state stays small at any level:
/// the nation's bucket is written once per flush of each silo, not once per case.
/// </summary>
public sealed class StatisticsBucketGrain(
    [PersistentState("statistics-bucket", "statistics")] IPersistentState<StatisticsBucketState> state) : Grain, IStatisticsBucketGrain
{
    public async Task Add(IReadOnlyList<StatisticsDelta> deltas)
    {
        var s = state.State;
        var changed = false;
        foreach (var stream in deltas.GroupBy(d => d.Stream))
        {
            var last = s.Offsets.GetValueOrDefault(stream.Key, -1);
            foreach (var delta in stream.Where(d => d.Offset > last))
            {
                var key = Key(delta.Day, delta.Line);
                var sum = s.Cells.GetValueOrDefault(key, StatisticsCounts.Zero) + delta.Counts;
                if (sum.IsZero)
                {
                    s.Cells.Remove(key);
                }
                else
                {
                    s.Cells[key] = sum;
                }

                changed = true;
            }

            var newest = stream.Max(d => d.Offset);
            if (newest > last)
            {
                s.Offsets[stream.Key] = newest;
                changed = true;
            }
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<StatisticsCell>> Cells() => Task.FromResult<IReadOnlyList<StatisticsCell>>(
        [.. state.State.Cells.Select(c => new StatisticsCell(
            DateOnly.ParseExact(c.Key[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture), c.Key[11..], c.Value))]);

    private static string Key(DateOnly day, string line) => $"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{line}";
}
