using Hub.Kafka.DeadLetters;

namespace Hub.OpsView;

/// <summary>
/// The figures <see cref="OpsSampler"/> read last, each null until it was first read: case states whose outbox waits
/// for the broker, durable timers whose moment has come, the dead letters on <c>hub.dead-letters</c> and the newest of
/// them, and the department-event group's lag by topic on this silo's partitions.
/// </summary>
public sealed record OpsSample(
    DateTimeOffset? SampledAt,
    long? OutboxDepth,
    long? TimersDue,
    long? DeadLetters,
    IReadOnlyList<DeadLetter> NewestDeadLetters,
    IReadOnlyDictionary<string, long>? ConsumerLag)
{
    /// <summary>Nothing read yet.</summary>
    public static OpsSample None { get; } = new(null, null, null, null, [], null);
}
