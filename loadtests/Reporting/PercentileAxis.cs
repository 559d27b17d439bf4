using ScottPlot.TickGenerators;

namespace Hub.LoadTests.Reporting;

/// <summary>
/// The x axis of a latency distribution: a percentile p sits at -log10(1 - p/100), so 90%, 99%, 99.9% and 99.99%
/// are evenly spaced and the tail gets the room it deserves. The 100th percentile (the maximum) has no finite place;
/// it goes one decade past the deepest finite point, on a tick labelled "max".
/// </summary>
internal sealed class PercentileAxis
{
    private static readonly (double Nines, string Label)[] Ticks =
    [
        (0, "0%"),
        (Math.Log10(2), "50%"),
        (1, "90%"),
        (2, "99%"),
        (3, "99.9%"),
        (4, "99.99%"),
        (5, "99.999%"),
        (6, "99.9999%"),
    ];

    private readonly double _deepest;
    private readonly double _maxPosition;
    private readonly bool _hasMax;

    /// <summary>An axis wide enough for every percentile given.</summary>
    public PercentileAxis(IEnumerable<double> percentiles)
    {
        var positions = percentiles.Select(Nines).ToList();
        _deepest = positions.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        _hasMax = positions.Any(double.IsPositiveInfinity);
        _maxPosition = Math.Floor(_deepest + 1e-9) + 1;
    }

    /// <summary>The axis positions of these percentiles.</summary>
    public double[] Positions(IEnumerable<double> percentiles) =>
        [.. percentiles.Select(Nines).Select(x => double.IsFinite(x) ? x : _maxPosition)];

    /// <summary>Tick marks labelled as percentiles, and "max" where the maximum is drawn.</summary>
    public NumericManual TickGenerator()
    {
        var ticks = new NumericManual();
        var last = _hasMax ? _maxPosition : double.PositiveInfinity;
        foreach (var (nines, label) in Ticks.Where(t => t.Nines <= _deepest + 1e-9 && t.Nines < last - 1e-9))
        {
            ticks.AddMajor(nines, label);
        }

        if (_hasMax)
        {
            ticks.AddMajor(_maxPosition, "max");
        }

        return ticks;
    }

    /// <summary>The right end of the axis.</summary>
    public double Right => _hasMax ? _maxPosition : Math.Max(_deepest, 1);

    private static double Nines(double percentile)
    {
        var remaining = 1 - Math.Clamp(percentile, 0, 100) / 100;
        return remaining <= 1e-12 ? double.PositiveInfinity : -Math.Log10(remaining);
    }
}
