namespace Hub.LoadTests.Results;

/// <summary>
/// One step of the arrival-rate ramp: windows submit at <see cref="OfferedPerSecond"/> (an open model: the schedule
/// does not wait for answers, and latency counts from the scheduled time) for <see cref="Seconds"/>.
/// </summary>
public sealed record RampStep(
    double OfferedPerSecond,
    double Seconds,
    double SubmittedPerSecond,
    double LifecyclesPerSecond,
    LatencySummary Submit,
    long Shed,
    long Errors,
    double DrainSeconds)
{
    /// <summary>How long after its last arrival every case of a step may take to be delivered, for the hub to have kept up.</summary>
    public const double DrainLimitSeconds = 3;

    /// <summary>Every case submitted and delivered at the offered rate, with no backlog left behind.</summary>
    public bool Completes => Shed == 0 && Errors == 0 && SubmittedPerSecond >= 0.95 * OfferedPerSecond && DrainSeconds <= DrainLimitSeconds;

    /// <summary>p99 submit latency under 50 ms while the hub kept up with what was offered.</summary>
    public bool KeepsUp => Submit.P99Ms < 50 && Shed == 0 && Errors == 0 && SubmittedPerSecond >= 0.95 * OfferedPerSecond;
}
