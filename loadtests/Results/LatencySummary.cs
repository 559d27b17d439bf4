namespace Hub.LoadTests.Results;

/// <summary>Latency percentiles in milliseconds, from an HdrHistogram; <see cref="Distribution"/> is the curve for charts.</summary>
public sealed record LatencySummary(
    long Count,
    double MeanMs,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double P999Ms,
    double MaxMs,
    IReadOnlyList<PercentilePoint> Distribution);

/// <summary>One point of a latency distribution: this percentile of calls took at most <see cref="Ms"/>.</summary>
public sealed record PercentilePoint(double Percentile, double Ms);
