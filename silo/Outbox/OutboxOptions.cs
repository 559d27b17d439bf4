namespace Hub.Outbox;

/// <summary>How each silo makes sure every stored outbox reaches the broker, bound from <c>Hub:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Outbox";

    /// <summary>How often the silo sweeps the waiting outboxes. Default 5 seconds.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long an outbox waits before the sweep wakes its grain: a healthy broker acknowledges in milliseconds, so
    /// only an outbox whose publish failed, or whose silo died, is swept. Default 5 seconds.
    /// </summary>
    public TimeSpan SweepAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long an outbox may wait before every silo sweeps it, not only the one whose share it is: covers a silo that
    /// died and is not yet declared dead. Default 30 seconds.
    /// </summary>
    public TimeSpan TakeOverAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many waiting outboxes one sweep wakes at most. Default 1,000.</summary>
    public int SweepLimit { get; set; } = 1000;

    /// <summary>How many grains one sweep wakes at once. Default 32.</summary>
    public int SweepParallelism { get; set; } = 32;
}
