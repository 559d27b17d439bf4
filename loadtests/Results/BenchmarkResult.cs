namespace Hub.LoadTests.Results;

/// <summary>Everything one benchmark run measured: written as report.json and rendered as report.md.</summary>
public sealed record BenchmarkResult(
    string Target,
    string Profile,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    MachineInfo Machine,
    Baselines Baselines,
    IReadOnlyList<RampStep> Ramp,
    SustainedRun Sustained,
    MemoryFigures Memory,
    VerificationFigures Verification,
    CertificateLoad CertificateLoad,
    Accounting Accounting,
    IReadOnlyList<Ratio> Ratios,
    IReadOnlyList<TargetCheck> Targets,
    TimerFigures Timers,
    LatencyFloor? Floor = null,
    PartsFigures? Parts = null,
    HallMorningFigures? HallMorning = null);
