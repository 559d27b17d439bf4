using Confluent.Kafka;
using Hub.Kafka.Internal;
using Hub.Ops;
using Microsoft.Extensions.Options;

namespace Hub.Kafka;

/// <summary>
/// Kafka as one lifecycle uses it, in isolation: messages of a dispatch's size produced by the hub's own producer
/// (acks=all, idempotent) to <c>hub.probe</c>, then read back by a consumer of the hub's settings — on the embedded
/// broker, the broker's side of each is in the same process and counted with it.
/// </summary>
public sealed class KafkaProbe
{
    private const int MessageBytes = 400;
    private const int InFlight = 1000;
    private readonly HubProducer _producer;
    private readonly KafkaEndpoint _endpoint;
    private readonly KafkaOptions _options;

    internal KafkaProbe(HubProducer producer, KafkaEndpoint endpoint, IOptions<KafkaOptions> options) =>
        (_producer, _endpoint, _options) = (producer, endpoint, options.Value);

    /// <summary>The probe's topic.</summary>
    public string Topic => _options.TopicPrefix + "hub.probe";

    /// <summary>Produces <paramref name="count"/> messages, then consumes them; each measured on its own.</summary>
    public async Task<(PartRun Produced, PartRun Consumed)> RunAsync(int count, CancellationToken cancellationToken)
    {
        var payload = new byte[MessageBytes];
        Random.Shared.NextBytes(payload);

        // The topic is created by its first message: not timed.
        await _producer.ProduceAsync(Topic, new Message<byte[]?, byte[]?> { Key = "probe"u8.ToArray(), Value = payload }, cancellationToken);
        var starts = new Dictionary<Partition, Offset>();
        var produced = await PartRun.MeasureAsync("kafka-produce", async () =>
        {
            var window = new List<Task<DeliveryResult<byte[]?, byte[]?>>>(InFlight);
            for (var i = 0; i < count; i++)
            {
                window.Add(_producer.ProduceAsync(Topic, new Message<byte[]?, byte[]?> { Key = BitConverter.GetBytes(i), Value = payload }, cancellationToken));
                if (window.Count == InFlight || i == count - 1)
                {
                    foreach (var delivery in await Task.WhenAll(window))
                    {
                        if (!starts.TryGetValue(delivery.Partition, out var at) || delivery.Offset < at)
                        {
                            starts[delivery.Partition] = delivery.Offset;
                        }
                    }

                    window.Clear();
                }
            }

            return count;
        });

        var config = KafkaClientConfigs.Consumer(_options, _endpoint, $"hub-probe-{Guid.NewGuid():N}", "hub-probe");
        var consumed = await PartRun.MeasureAsync("kafka-consume", () => Task.Run(() =>
        {
            using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).SetLogHandler((_, _) => { }).Build();
            consumer.Assign(starts.Select(s => new TopicPartitionOffset(Topic, s.Key, s.Value)));
            long read = 0;
            var quietUntil = DateTime.UtcNow.AddSeconds(10);
            while (read < count && DateTime.UtcNow < quietUntil && !cancellationToken.IsCancellationRequested)
            {
                if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { Message: not null })
                {
                    read++;
                    quietUntil = DateTime.UtcNow.AddSeconds(10);
                }
            }

            consumer.Close();
            return read;
        }, cancellationToken));
        return (produced, consumed);
    }
}
