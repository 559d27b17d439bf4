using System.Globalization;
using Confluent.Kafka;
using Hub.Kafka.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Kafka;

/// <summary>
/// An in-process Kafka cluster: librdkafka's mock cluster, which speaks the Kafka protocol on 127.0.0.1.
/// It lives as long as this object; other clients reach it through <see cref="BootstrapServers"/>.
/// Topics are created when first produced to or asked for by metadata (4 partitions each); CreateTopics does not work.
/// </summary>
public sealed class EmbeddedKafkaBroker : IDisposable
{
    private readonly IProducer<Null, Null> owner;

    /// <summary>Starts a mock cluster of <paramref name="brokers"/> brokers and waits until it answers.</summary>
    public EmbeddedKafkaBroker(int brokers = 1, ILogger<EmbeddedKafkaBroker>? logger = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokers, 1);
        ILogger log = logger ?? NullLogger<EmbeddedKafkaBroker>.Instance;
        var config = new ProducerConfig { ClientId = "hub-embedded-broker" };
        config.Set("test.mock.num.brokers", brokers.ToString(CultureInfo.InvariantCulture));

        // The mock cluster belongs to the client that asked for it and dies with it: keep that client for our lifetime.
        owner = new ProducerBuilder<Null, Null>(config)
            .SetLogHandler((_, message) => LibrdkafkaLog.Write(log, message))
            .Build();
        try
        {
            using var admin = new DependentAdminClientBuilder(owner.Handle).Build();
            var metadata = admin.GetMetadata(TimeSpan.FromSeconds(30));
            BootstrapServers = string.Join(',', metadata.Brokers.OrderBy(b => b.BrokerId).Select(b => $"{b.Host}:{b.Port}"));
            Brokers = metadata.Brokers.Count;
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    /// <summary>The brokers' addresses, <c>127.0.0.1:port</c> separated by commas.</summary>
    public string BootstrapServers { get; }

    /// <summary>How many brokers the cluster has.</summary>
    public int Brokers { get; }

    /// <summary>Stops the cluster; clients still connected to it lose their connection.</summary>
    public void Dispose() => owner.Dispose();
}
