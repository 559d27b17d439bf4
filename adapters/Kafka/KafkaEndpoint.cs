namespace Hub.Kafka;

/// <summary>The Kafka cluster this host uses, embedded or external, so the host can print and serve its address.</summary>
public sealed class KafkaEndpoint(string bootstrapServers, bool isEmbedded)
{
    /// <summary>The bootstrap address in use: <c>host:port</c> separated by commas.</summary>
    public string BootstrapServers { get; } = bootstrapServers;

    /// <summary>Whether it is the in-process <see cref="EmbeddedKafkaBroker"/>.</summary>
    public bool IsEmbedded { get; } = isEmbedded;
}
