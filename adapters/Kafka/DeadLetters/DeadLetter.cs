namespace Hub.Kafka.DeadLetters;

/// <summary>
/// A message the hub could not apply, as an operator sees it: where it lies on <c>hub.dead-letters</c>
/// (<see cref="Partition"/>, <see cref="Offset"/>), where it came from, and why it was refused.
/// </summary>
public sealed record DeadLetter(
    int Partition,
    long Offset,
    DateTimeOffset DeadLetteredAt,
    string? Key,
    string? OriginalTopic,
    int? OriginalPartition,
    long? OriginalOffset,
    string? Department,
    string? Reason,
    string? EventId,
    string? MessageType,
    int Size,
    string PayloadBase64);
