namespace Hub.Timers;

/// <summary>How each silo wakes the grains whose durable timer has come, bound from <c>Hub:Timers</c>.</summary>
public sealed class TimerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Timers";

    /// <summary>How often the silo reads the timers that have come. Default 15 seconds: a moment is acted on within that.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How late a timer may be before every silo wakes its grain, not only the one whose share it is: covers a silo
    /// that died and is not yet declared dead. Default 2 minutes.
    /// </summary>
    public TimeSpan TakeOverAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many timers one check wakes at most; the rest wait for the next. Default 5,000.</summary>
    public int Limit { get; set; } = 5000;

    /// <summary>How many grains one check wakes at once. Default 64.</summary>
    public int Parallelism { get; set; } = 64;
}
