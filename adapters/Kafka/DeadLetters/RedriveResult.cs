namespace Hub.Kafka.DeadLetters;

/// <summary>Where a re-driven dead letter was published again.</summary>
public sealed record RedriveResult(int Partition, long Offset, string Topic, int TopicPartition, long TopicOffset);
