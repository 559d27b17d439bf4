using Hub.Kafka;

namespace Hub.Tests.Kafka;

/// <summary>One embedded broker for all Kafka tests; each test still uses its own topics (prefix) and groups.</summary>
public sealed class KafkaFixture : IDisposable
{
    public EmbeddedKafkaBroker Broker { get; } = new();

    public string BootstrapServers => Broker.BootstrapServers;

    /// <summary>A fresh topic prefix, so that a test sees only its own messages.</summary>
    public static string NewPrefix() => $"t{Guid.NewGuid():N}."[..14];

    public void Dispose() => Broker.Dispose();
}
