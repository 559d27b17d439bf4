using Hub.Messages;

namespace Hub.Kafka;

/// <summary>Thrown by the hub's publisher when the broker did not acknowledge every message of a batch.</summary>
[GenerateSerializer, Alias("hub.KafkaPublishException")]
public sealed class KafkaPublishException : PublishIncompleteException
{
    public KafkaPublishException(int failed, int total, IReadOnlyCollection<string> acknowledged, string message, Exception? innerException)
        : base(acknowledged, message, innerException)
    {
        Failed = failed;
        Total = total;
    }

    /// <summary>How many Kafka messages were not acknowledged.</summary>
    [Id(0)]
    public int Failed { get; }

    /// <summary>How many Kafka messages the batch held (a supervision notice is two: the feed and its department).</summary>
    [Id(1)]
    public int Total { get; }
}
