namespace Hub.LoadTests.Results;

/// <summary>
/// One step of the arrival-rate ramp: windows submit at <see cref="OfferedPerSecond"/> (an open model: the schedule
/// does not wait for answers, and latency counts from the scheduled time) for <see cref="Seconds"/>. The second half
/// of the step is its steady part: the lifecycles completed in it, and how much the work in flight (cases accepted
/// and not yet delivered) grew over it.
/// </summary>
public sealed record RampStep(
    double OfferedPerSecond,
    double Seconds,
    double SubmittedPerSecond,
    double LifecyclesPerSecond,
    LatencySummary Submit,
    long Shed,
    long Errors,
    double DrainSeconds,
    double SteadyLifecyclesPerSecond = 0,
    long InFlightAtMiddle = 0,
    long InFlightAtEnd = 0,
    double SteadySeconds = 0)
{
    /// <summary>Of the rate submitted, the share the lifecycles completed in the steady half must reach.</summary>
    public const double PaceShare = 0.95;

    /// <summary>Of the cases submitted in the steady half, the share the work in flight may grow by over it.</summary>
    public const double GrowthShare = 0.03;

    /// <summary>How much the work in flight grew over the steady half.</summary>
    public long InFlightGrowth => InFlightAtEnd - InFlightAtMiddle;

    /// <summary>
    /// The hub kept pace with the arrivals — its backlog stayed bounded: what was offered was submitted (nothing shed
    /// or failed, at least 95% of the rate), the lifecycles completed in the steady half came to at least 95% of the
    /// rate submitted, and the work in flight grew by less than 3% of what the steady half submitted. The highest such
    /// rate is the capacity, whatever the latency. (With a tenth allowed, a step whose backlog grew by half in two
    /// seconds passed, and the sustained phase at its rate fell behind.)
    /// </summary>
    public bool KeepsPace => Shed == 0 && Errors == 0 && SubmittedPerSecond >= 0.95 * OfferedPerSecond
        && SteadyLifecyclesPerSecond >= PaceShare * SubmittedPerSecond
        && InFlightGrowth <= GrowthShare * SubmittedPerSecond * SteadySeconds;

    /// <summary>p99 submit latency under 50 ms while the hub submitted what was offered.</summary>
    public bool KeepsUp => Submit.P99Ms < 50 && Shed == 0 && Errors == 0 && SubmittedPerSecond >= 0.95 * OfferedPerSecond;
}
