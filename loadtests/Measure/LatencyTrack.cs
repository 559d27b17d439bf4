using HdrHistogram;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Measure;

/// <summary>
/// Latencies recorded from many threads into an HdrHistogram (microseconds, 1 µs to 10 min, 3 significant digits),
/// with a second histogram that the sampler empties each second for the per-second p99.
/// </summary>
internal sealed class LatencyTrack
{
    private const long Highest = 600_000_000;
    private readonly Lock _gate = new();
    private readonly LongHistogram _total = new(1, Highest, 3);
    private readonly LongHistogram _interval = new(1, Highest, 3);

    public void Record(TimeSpan elapsed)
    {
        var micros = Math.Clamp((long)elapsed.TotalMicroseconds, 1, Highest);
        lock (_gate)
        {
            _total.RecordValue(micros);
            _interval.RecordValue(micros);
        }
    }

    /// <summary>The p99 of what was recorded since the last call, in ms (0 when nothing was).</summary>
    public double TakeIntervalP99()
    {
        lock (_gate)
        {
            var p99 = _interval.TotalCount == 0 ? 0 : _interval.GetValueAtPercentile(99) / 1000.0;
            _interval.Reset();
            return p99;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _total.Reset();
            _interval.Reset();
        }
    }

    public LatencySummary Summarize()
    {
        lock (_gate)
        {
            return Summarize(_total);
        }
    }

    private static readonly double[] Curve = [0, 10, 25, 50, 75, 90, 95, 97.5, 99, 99.5, 99.75, 99.9, 99.95, 99.99, 100];

    private static LatencySummary Summarize(LongHistogram h)
    {
        if (h.TotalCount == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0, 0, []);
        }

        double Ms(double percentile) => h.GetValueAtPercentile(percentile) / 1000.0;
        return new LatencySummary(
            h.TotalCount,
            h.GetMean() / 1000.0,
            Ms(50),
            Ms(90),
            Ms(99),
            Ms(99.9),
            h.GetMaxValue() / 1000.0,
            [.. Curve.Select(p => new PercentilePoint(p, Ms(p)))]);
    }
}
