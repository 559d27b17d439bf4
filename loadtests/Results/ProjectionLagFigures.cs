namespace Hub.LoadTests.Results;

/// <summary>One reading of the projection probe: seconds since it started, cases the plain reader had seen, cases the statistics counted.</summary>
public sealed record LagSample(double Second, long Feed, long Counted);

/// <summary>
/// The statistics projection's lag behind the status feed during the sustained phase (see <c>ProjectionLag</c>):
/// seconds behind a plain reader of the same feed (median, 99th percentile and worst of the samples taken while the
/// load ran), the most cases it was behind, and how long after the load stopped it had counted everything.
/// </summary>
public sealed record ProjectionLagFigures(
    int Samples, double P50Seconds, double P99Seconds, double MaxSeconds, long MaxCasesBehind, double? CatchUpSeconds, double FeedPerSecond, double CountedPerSecond)
{
    public bool CaughtUp => CatchUpSeconds is not null;

    /// <summary>
    /// The figures of <paramref name="samples"/>: the lag of each sample taken before <paramref name="loadEndedAt"/> is
    /// the time since the first sample whose reader count reached its counted one; the catch-up the time from
    /// <paramref name="loadEndedAt"/> to the first sample whose count reached the reader's count at that moment.
    /// </summary>
    public static ProjectionLagFigures From(IReadOnlyList<LagSample> samples, double? loadEndedAt)
    {
        var during = samples.Where(s => loadEndedAt is null || s.Second <= loadEndedAt).ToArray();
        var lags = new List<double>();
        var behind = 0L;
        var first = 0;
        foreach (var sample in during)
        {
            behind = Math.Max(behind, sample.Feed - sample.Counted);
            while (first < during.Length && during[first].Feed < sample.Counted)
            {
                first++;
            }

            lags.Add(first < during.Length && sample.Feed > sample.Counted ? sample.Second - during[first].Second : 0);
        }

        lags.Sort();
        double? catchUp = null;
        if (loadEndedAt is { } ended && during.Length > 0)
        {
            var target = during[^1].Feed;
            catchUp = samples.FirstOrDefault(s => s.Second >= during[^1].Second && s.Counted >= target) is { } done ? Math.Max(0, done.Second - ended) : null;
        }

        var span = during.Length > 1 ? during[^1].Second - during[0].Second : 0;
        return new ProjectionLagFigures(
            during.Length, Percentile(lags, 0.50), Percentile(lags, 0.99), lags.Count > 0 ? lags[^1] : 0, behind, catchUp,
            span > 0 ? (during[^1].Feed - during[0].Feed) / span : 0, span > 0 ? (during[^1].Counted - during[0].Counted) / span : 0);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
