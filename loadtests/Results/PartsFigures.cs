namespace Hub.LoadTests.Results;

/// <summary>
/// How many of each part one lifecycle of the sustained phase used, from the hub's own counters (<c>/ops/runtime</c>)
/// and, for the departments and the status feed the benchmark plays, from its own: the Kafka messages outside clients
/// produced to and fetched from the broker.
/// </summary>
public sealed record WorkPerLifecycle(
    double HttpRequests,
    double GrainCalls,
    double KafkaProduced,
    double KafkaConsumed,
    double StateWrites,
    double OutsideProduced,
    double OutsideFetched,
    double SealedHeads = 0,
    double Signatures = 0,
    double SigningMs = 0);

/// <summary>One part: what one costs the silo, measured alone on an idle silo, and how many a lifecycle used.</summary>
public sealed record PartCost(string Part, string Measured, double CpuMicrosecondsEach, double PerLifecycle)
{
    /// <summary>The part's share of a lifecycle, silo CPU microseconds.</summary>
    public double MicrosecondsPerLifecycle => CpuMicrosecondsEach * PerLifecycle;
}

/// <summary>
/// The cost of the parts: silo CPU per lifecycle against the sum of its parts, each part measured alone in the same
/// run. The ratio is the design's distance from its limit; the breakdown says where the next profile starts.
/// </summary>
public sealed record PartsFigures(
    IReadOnlyList<PartCost> Parts, double SiloCpuMsPerLifecycle, double IdleCpuMsPerSecond, IReadOnlyDictionary<string, double>? ByThread = null)
{
    /// <summary>The part that seals hand-off logs: its cost is the signer's own time, per signature.</summary>
    public const string SigningPart = "Hand-off log signature";

    /// <summary>The signing of hand-off logs, silo milliseconds a lifecycle, ÷ the measured lifecycle's silo CPU: signing's share of the hot path.</summary>
    public double SigningShare => SiloCpuMsPerLifecycle > 0
        ? Parts.Where(p => p.Part == SigningPart).Sum(p => p.MicrosecondsPerLifecycle) / 1000 / SiloCpuMsPerLifecycle
        : 0;

    /// <summary>The sum of the parts of one lifecycle, silo CPU milliseconds.</summary>
    public double PartsMsPerLifecycle => Parts.Sum(p => p.MicrosecondsPerLifecycle) / 1000;

    /// <summary>Silo CPU per lifecycle ÷ the sum of its parts: 1 would be a lifecycle that is nothing but its parts.</summary>
    public double Ratio => PartsMsPerLifecycle > 0 ? SiloCpuMsPerLifecycle / PartsMsPerLifecycle : 0;
}
