namespace Hub.LoadTests.Results;

/// <summary>The sustained phase: a fixed arrival rate held for a while, and what the hub completed meanwhile.</summary>
public sealed record SustainedRun(
    double OfferedPerSecond,
    double Seconds,
    long Submitted,
    long LifecyclesCompleted,
    double LifecyclesPerSecond,
    LatencySummary Submit,
    LatencySummary DecisionToStatus,
    LatencySummary Lifecycle,
    LatencySummary StatusReads,
    double SiloCpuMsPerLifecycle,
    double LoadGeneratorCpuMsPerLifecycle,
    IReadOnlyList<TimelinePoint> Timeline,
    ProjectionLagFigures? Projection = null,
    WorkPerLifecycle? Work = null,
    IReadOnlyDictionary<string, double>? SiloCpuMsPerLifecycleByThread = null);

/// <summary>One second of a run: what was offered, submitted and completed, and that second's p99 submit latency.</summary>
public sealed record TimelinePoint(double Second, double Offered, double Submitted, double Lifecycles, double SubmitP99Ms);
