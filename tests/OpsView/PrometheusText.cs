using System.Globalization;

namespace Hub.Tests.OpsView;

/// <summary>The samples of a Prometheus text exposition, by series (<c>name{label="…",…}</c>, as written), as a scraper reads them.</summary>
internal static class PrometheusText
{
    public static IReadOnlyDictionary<string, double> Parse(string text)
    {
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var end = line.IndexOf('}') is var brace and >= 0 ? brace + 1 : line.IndexOf(' ');
            var value = line[end..].Trim().Split(' ')[0];
            samples[line[..end]] = double.Parse(value, CultureInfo.InvariantCulture);
        }

        return samples;
    }

    /// <summary>The value of the one series of <paramref name="name"/> whose labels include each of <paramref name="labels"/>; 0 when there is none.</summary>
    public static double Value(this IReadOnlyDictionary<string, double> samples, string name, params string[] labels) =>
        samples.Where(s => (s.Key == name || s.Key.StartsWith(name + "{", StringComparison.Ordinal)) && labels.All(l => s.Key.Contains(l, StringComparison.Ordinal)))
            .Select(s => s.Value).SingleOrDefault();
}
