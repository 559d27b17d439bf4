using System.Globalization;

namespace Hub.LoadTests.Reporting;

/// <summary>Number formatting for the report: invariant culture, precision chosen by size.</summary>
internal static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string Dash = "—";

    /// <summary>A rate per second: thousands separators, one decimal only while it is small.</summary>
    public static string Rate(double perSecond) =>
        !double.IsFinite(perSecond) ? Dash
        : Math.Abs(perSecond) >= 100 ? perSecond.ToString("N0", Invariant)
        : perSecond.ToString("N1", Invariant);

    /// <summary>Milliseconds: two decimals below 10 ms, one above.</summary>
    public static string Ms(double ms) =>
        !double.IsFinite(ms) ? Dash
        : Math.Abs(ms) < 10 ? ms.ToString("N2", Invariant)
        : ms.ToString("N1", Invariant);

    /// <summary>A whole count with thousands separators.</summary>
    public static string Count(long count) => count.ToString("N0", Invariant);

    /// <summary>Bytes as mebibytes with one decimal.</summary>
    public static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N1", Invariant);

    /// <summary>Any other figure: whole above 100, otherwise three significant digits.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return Dash;
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 100 || value == Math.Floor(value))
        {
            return value.ToString("N0", Invariant);
        }

        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(magnitude)), 0, 12);
        return value.ToString("N" + decimals.ToString(Invariant), Invariant);
    }

    /// <summary>A duration: seconds below two minutes, minutes and seconds above.</summary>
    public static string Duration(double seconds) =>
        !double.IsFinite(seconds) ? Dash
        : seconds < 120 ? Number(seconds) + " s"
        : $"{Count((long)Math.Round(seconds) / 60)} min {Count((long)Math.Round(seconds) % 60)} s";

    /// <summary>A figure in its unit: latencies as milliseconds, rates as rates, the rest by size.</summary>
    public static string InUnit(double value, string unit) =>
        unit.Equals("ms", StringComparison.OrdinalIgnoreCase) ? Ms(value)
        : unit.EndsWith("/s", StringComparison.Ordinal) ? Rate(value)
        : Number(value);

    /// <summary>A ratio: at or above 1 as a plain figure, below 1 also as one part in N (0.071 = 1/14.1).</summary>
    public static string Ratio(double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            return Dash;
        }

        return value >= 1
            ? Number(value) + "×"
            : Number(value) + " (1/" + Number(1 / value) + ")";
    }
}
