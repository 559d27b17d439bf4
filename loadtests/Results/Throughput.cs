namespace Hub.LoadTests.Results;

/// <summary>A count of operations over a measured time, and the latency of each where it was measured.</summary>
public sealed record Throughput(long Operations, double Seconds, LatencySummary? Latency)
{
    public double PerSecond => Seconds > 0 ? Operations / Seconds : 0;
}
