using System.Globalization;
using Hub.LoadTests.Results;
using ScottPlot;

namespace Hub.LoadTests.Reporting;

/// <summary>The report's PNG charts, drawn with ScottPlot; a chart with nothing to draw is skipped, not drawn empty.</summary>
public static class Charts
{
    /// <summary>Width of every chart, in pixels.</summary>
    public const int Width = 1000;

    /// <summary>Height of every chart, in pixels.</summary>
    public const int Height = 500;

    /// <summary>The p99 submit latency the ramp is judged against, in milliseconds.</summary>
    public const double RampLatencyLimitMs = 50;

    /// <summary>Draws every chart of <paramref name="result"/> into <paramref name="folder"/>, which must exist.</summary>
    public static IReadOnlyList<ChartFile> Render(BenchmarkResult result, string folder) =>
    [
        Safely("throughput.png", () => Throughput(result.Sustained, folder)),
        Safely("latency.png", () => Latency(result.Sustained, folder)),
        Safely("ramp.png", () => Ramp(result.Ramp, folder)),
    ];

    // A machine without the native drawing libraries or fonts still gets its report and figures, without that chart.
    private static ChartFile Safely(string file, Func<ChartFile> draw)
    {
        try
        {
            return draw();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ChartFile(file, file, $"drawing failed on this machine: {ex.GetBaseException().Message}");
        }
    }

    /// <summary>The sustained run second by second: offered, submitted and completed lifecycles per second.</summary>
    public static ChartFile Throughput(SustainedRun sustained, string folder)
    {
        const string title = "Sustained throughput";
        var timeline = sustained.Timeline;
        if (timeline.Count == 0)
        {
            return new ChartFile("throughput.png", title, "the sustained run has no timeline");
        }

        using var plot = ChartStyle.NewPlot($"{title}: {Formats.Rate(sustained.OfferedPerSecond)}/s offered", "Second of the run", "Per second");
        double[] seconds = [.. timeline.Select(p => p.Second)];
        ChartStyle.AddLine(plot, seconds, [.. timeline.Select(p => p.Offered)], "offered/s", Colors.Gray, LinePattern.Dashed);
        ChartStyle.AddLine(plot, seconds, [.. timeline.Select(p => p.Submitted)], "submitted/s", Colors.SteelBlue, LinePattern.Solid);
        ChartStyle.AddLine(plot, seconds, [.. timeline.Select(p => p.Lifecycles)], "lifecycles/s", Colors.DarkOrange, LinePattern.Solid);
        plot.Axes.SetLimitsY(0, ChartStyle.Top(timeline.Max(p => Math.Max(p.Offered, Math.Max(p.Submitted, p.Lifecycles)))));
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.Save(plot, folder, "throughput.png", title);
    }

    /// <summary>Latency distributions of the sustained run, with the percentile on a tail-stretching axis.</summary>
    public static ChartFile Latency(SustainedRun sustained, string folder)
    {
        const string title = "Sustained latency distribution";
        (string Name, LatencySummary Summary, Color Color)[] series =
        [
            ("submit", sustained.Submit, Colors.SteelBlue),
            ("decision to status", sustained.DecisionToStatus, Colors.SeaGreen),
            ("lifecycle", sustained.Lifecycle, Colors.DarkOrange),
        ];
        var drawn = series.Where(s => s.Summary.Distribution.Count > 0).ToList();
        if (drawn.Count == 0)
        {
            return new ChartFile("latency.png", title, "the sustained run has no latency distributions");
        }

        using var plot = ChartStyle.NewPlot(title, "Percentile", "Latency (ms)");
        var axis = new PercentileAxis(drawn.SelectMany(s => s.Summary.Distribution).Select(p => p.Percentile));
        foreach (var (name, summary, color) in drawn)
        {
            var xs = axis.Positions(summary.Distribution.Select(p => p.Percentile));
            var line = ChartStyle.AddLine(plot, xs, [.. summary.Distribution.Select(p => p.Ms)], name, color, LinePattern.Solid);
            line.MarkerSize = 5;
        }

        plot.Axes.Bottom.TickGenerator = axis.TickGenerator();
        plot.Axes.SetLimitsX(0, axis.Right + 0.1);
        plot.Axes.SetLimitsY(0, ChartStyle.Top(drawn.Max(s => s.Summary.Distribution.Max(p => p.Ms))));
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.Save(plot, folder, "latency.png", title);
    }

    /// <summary>The ramp: p99 submit latency at each offered rate on a log scale, against the 50 ms line, with the capacity and the latency-bound rate marked.</summary>
    public static ChartFile Ramp(IReadOnlyList<RampStep> ramp, string folder)
    {
        const string title = "Ramp: p99 submit latency by offered rate";
        if (ramp.Count == 0)
        {
            return new ChartFile("ramp.png", title, "the run has no ramp steps");
        }

        using var plot = ChartStyle.NewPlot(title, "Offered (submissions/s)", "p99 submit latency (ms, log scale)");
        var steps = ramp.OrderBy(s => s.OfferedPerSecond).ToList();
        var line = ChartStyle.AddLine(plot, [.. steps.Select(s => s.OfferedPerSecond)], LogScale.ToCoordinates(steps.Select(s => s.Submit.P99Ms)),
            "p99 submit", Colors.SteelBlue, LinePattern.Solid);
        line.MarkerSize = 8;
        var behind = steps.Where(s => !s.KeepsUp).ToList();
        if (behind.Count > 0)
        {
            double[] offered = [.. behind.Select(s => s.OfferedPerSecond)];
            var marks = plot.Add.ScatterPoints(offered, LogScale.ToCoordinates(behind.Select(s => s.Submit.P99Ms)), Colors.Red);
            marks.MarkerSize = 14;
            marks.MarkerShape = MarkerShape.OpenCircle;
            marks.LegendText = "does not keep up";
        }

        if (RunPhases.Capacity(ramp) is { } capacity)
        {
            var found = plot.Add.VerticalLine(capacity, 2, Colors.DarkGreen, LinePattern.Solid);
            found.LegendText = $"capacity {Formats.Rate(capacity)}/s (keeps pace)";
        }

        if (ramp.Where(s => s.KeepsUp).Select(s => (double?)s.OfferedPerSecond).Max() is { } bound)
        {
            var found = plot.Add.VerticalLine(bound, 2, Colors.DarkOrange, LinePattern.Dotted);
            found.LegendText = $"p99 under 50 ms up to {Formats.Rate(bound)}/s";
        }

        var limit = plot.Add.HorizontalLine(LogScale.ToCoordinate(RampLatencyLimitMs), 2, Colors.Red, LinePattern.Dashed);
        limit.LegendText = $"{RampLatencyLimitMs.ToString(CultureInfo.InvariantCulture)} ms";
        var p99s = steps.Select(s => s.Submit.P99Ms).Where(double.IsFinite).Append(RampLatencyLimitMs).ToList();
        var low = p99s.Min() / 1.5;
        var high = p99s.Max() * 1.5;
        plot.Axes.Left.TickGenerator = LogScale.TickGenerator(low, high);
        plot.Axes.SetLimitsY(LogScale.ToCoordinate(low), LogScale.ToCoordinate(high));
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartStyle.Save(plot, folder, "ramp.png", title);
    }
}
