using System.Globalization;
using ScottPlot.TickGenerators;

namespace Hub.LoadTests.Reporting;

/// <summary>
/// A base-10 logarithmic y axis for ScottPlot, which plots linear coordinates: values are drawn as log10(value)
/// and ticks at 1, 2 and 5 of each decade are labelled with the values themselves.
/// </summary>
internal static class LogScale
{
    private const double Smallest = 0.001;

    private static readonly int[] Majors = [1, 2, 5];

    /// <summary>The plotted coordinate of a value; zero, negatives and non-numbers are drawn at the smallest value shown.</summary>
    public static double ToCoordinate(double value) => Math.Log10(double.IsFinite(value) && value > Smallest ? value : Smallest);

    /// <summary>The plotted coordinates of these values.</summary>
    public static double[] ToCoordinates(IEnumerable<double> values) => [.. values.Select(ToCoordinate)];

    /// <summary>Major ticks at 1, 2 and 5 of every decade from <paramref name="low"/> to <paramref name="high"/>, minor ticks between.</summary>
    public static NumericManual TickGenerator(double low, double high)
    {
        var ticks = new NumericManual();
        var first = (int)Math.Floor(ToCoordinate(low));
        var last = (int)Math.Ceiling(ToCoordinate(high));
        for (var decade = first; decade <= last; decade++)
        {
            var unit = Math.Pow(10, decade);
            for (var step = 1; step <= 9; step++)
            {
                var value = step * unit;
                if (value < low || value > high)
                {
                    continue;
                }

                if (Majors.Contains(step))
                {
                    ticks.AddMajor(Math.Log10(value), Label(value, decade));
                }
                else
                {
                    ticks.AddMinor(Math.Log10(value));
                }
            }
        }

        return ticks;
    }

    private static string Label(double value, int decade) =>
        value.ToString(decade >= 0 ? "N0" : "F" + (-decade).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
