using ScottPlot;
using SkiaSharp;

namespace Hub.LoadTests.Reporting;

/// <summary>What every chart of the report shares: a sans-serif font where one is installed, line style, size.</summary>
internal static class ChartStyle
{
    private static readonly string SansFont =
        new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica" }
            .Intersect(SKFontManager.Default.GetFontFamilies()).FirstOrDefault() ?? Fonts.Sans;

    /// <summary>A plot with the report's font, a title and axis labels.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(SansFont);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>A two-pixel line named <paramref name="legend"/> in the legend, without markers until the caller sizes them.</summary>
    public static ScottPlot.Plottables.Scatter AddLine(Plot plot, double[] xs, double[] ys, string legend, Color color, LinePattern pattern)
    {
        var line = plot.Add.Scatter(xs, ys, color);
        line.LegendText = legend;
        line.LineWidth = 2;
        line.LinePattern = pattern;
        line.MarkerSize = 0;
        return line;
    }

    /// <summary>The top of a y axis from zero that shows <paramref name="highest"/> with some headroom, never an empty range.</summary>
    public static double Top(double highest) => double.IsFinite(highest) && highest > 0 ? highest * 1.15 : 1;

    /// <summary>Saves the plot at the report's chart size as <paramref name="fileName"/> in <paramref name="folder"/>.</summary>
    public static ChartFile Save(Plot plot, string folder, string fileName, string title)
    {
        plot.SavePng(Path.Combine(folder, fileName), Charts.Width, Charts.Height);
        return new ChartFile(fileName, title, null);
    }
}
