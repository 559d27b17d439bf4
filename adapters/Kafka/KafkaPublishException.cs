namespace Hub.Kafka;

/// <summary>Thrown by the hub's publisher when the broker did not acknowledge every message of a batch.</summary>
[GenerateSerializer, Alias("hub.KafkaPublishException")]
public sealed class KafkaPublishException : Exception
{
    public KafkaPublishException(int failed, int total, string message, Exception? innerException)
        : base(message, innerException)
    {
        Failed = failed;
        Total = total;
    }

    /// <summary>How many messages were not acknowledged.</summary>
    [Id(0)]
    public int Failed { get; }

    /// <summary>How many messages the batch held.</summary>
    [Id(1)]
    public int Total { get; }
}
