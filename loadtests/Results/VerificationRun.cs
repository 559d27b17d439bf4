namespace Hub.LoadTests.Results;

/// <summary>
/// Verifications offered on a fixed schedule (an open model: latency counts from the scheduled time) for
/// <see cref="Seconds"/>: how many were due, answered 200, failed, or shed because too many were unanswered, and how
/// long after the last arrival the last answer came.
/// </summary>
public sealed record VerificationRun(
    double OfferedPerSecond,
    double Seconds,
    long Offered,
    long Completed,
    long Errors,
    long Shed,
    double DrainSeconds,
    LatencySummary Latency)
{
    /// <summary>How long after the last arrival the last answer may come, for the hub to have kept up.</summary>
    public const double DrainLimitSeconds = 1;

    /// <summary>Verifications answered 200 a second, from the first arrival to the last answer.</summary>
    public double CompletedPerSecond => Seconds + DrainSeconds > 0 ? Completed / (Seconds + DrainSeconds) : 0;

    /// <summary>
    /// Nothing shed or failed, at least 95% of what was offered answered and no backlog left past
    /// <see cref="DrainLimitSeconds"/>: the rate was sustained.
    /// </summary>
    public bool KeptUp => Offered > 0 && Shed == 0 && Errors == 0 && Completed >= 0.95 * Offered && DrainSeconds <= DrainLimitSeconds;
}
