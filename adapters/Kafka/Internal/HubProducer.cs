using Confluent.Kafka;
using Hub.Ops;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>
/// The hub's one idempotent producer (acks=all), shared by the publisher and the dead-letter writer:
/// one connection set and one batching queue per silo.
/// </summary>
internal sealed class HubProducer : IDisposable
{
    private readonly IProducer<byte[]?, byte[]?> producer;
    private readonly HubWork work;

    public HubProducer(IOptions<KafkaOptions> options, KafkaEndpoint endpoint, HubWork work, ILogger<HubProducer> logger)
    {
        this.work = work;
        var config = KafkaClientConfigs.Producer(options.Value, endpoint, "hub");
        producer = new ProducerBuilder<byte[]?, byte[]?>(config)
            .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
            .SetErrorHandler((_, error) => LibrdkafkaLog.Error(logger, error))
            .Build();
    }

    /// <summary>The client handle, for admin requests over the same connections.</summary>
    public Handle Handle => producer.Handle;

    /// <summary>Completes when the broker acknowledged the message; throws <see cref="ProduceException{TKey,TValue}"/> when it did not.</summary>
    public Task<DeliveryResult<byte[]?, byte[]?>> ProduceAsync(string topic, Message<byte[]?, byte[]?> message, CancellationToken cancellationToken)
    {
        work.KafkaProduced();
        return producer.ProduceAsync(topic, message, cancellationToken);
    }

    public void Dispose()
    {
        // Callers await their deliveries, so little is left to flush: bound the wait for a broker that is gone.
        producer.Flush(TimeSpan.FromSeconds(5));
        producer.Dispose();
    }
}
