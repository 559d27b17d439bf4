using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>
/// Copies a department message the hub will not apply to <c>hub.dead-letters</c>: same key, same bytes, its headers,
/// and headers naming where it came from and why. Completes when the broker acknowledged it, so that the caller
/// may store the original's offset afterwards; throws <see cref="ProduceException{TKey,TValue}"/> when it did not.
/// </summary>
internal sealed partial class DeadLetterWriter(HubProducer producer, IOptions<KafkaOptions> options, ILogger<DeadLetterWriter> logger)
{
    private readonly string topic = HubTopics.DeadLetters(options.Value.TopicPrefix);

    public async Task WriteAsync(ConsumeResult<byte[]?, byte[]?> original, string department, string reason, CancellationToken cancellationToken)
    {
        var headers = new Headers();
        foreach (var header in original.Message.Headers ?? [])
        {
            headers.Add(header.Key, header.GetValueBytes());
        }

        headers.Add(HubHeaders.DeadLetterTopic, Utf8(original.Topic));
        headers.Add(HubHeaders.DeadLetterPartition, Utf8(original.Partition.Value.ToString(CultureInfo.InvariantCulture)));
        headers.Add(HubHeaders.DeadLetterOffset, Utf8(original.Offset.Value.ToString(CultureInfo.InvariantCulture)));
        headers.Add(HubHeaders.DeadLetterDepartment, Utf8(department));
        headers.Add(HubHeaders.DeadLetterReason, Utf8(reason));
        var message = new Message<byte[]?, byte[]?> { Key = original.Message.Key, Value = original.Message.Value, Headers = headers };

        await producer.ProduceAsync(topic, message, cancellationToken);
        LogDeadLettered(logger, original.TopicPartitionOffset, reason);
    }

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead-lettered {Source}: {Reason}")]
    private static partial void LogDeadLettered(ILogger logger, TopicPartitionOffset source, string reason);
}
