using Confluent.Kafka;

namespace Hub.Kafka.Internal;

/// <summary>
/// The final config of each client: the pass-through settings of <see cref="KafkaOptions"/>, copied so that no
/// two clients share a dictionary, with the settings the hub's guarantees rest on forced on top.
/// </summary>
internal static class KafkaClientConfigs
{
    public static ProducerConfig Producer(KafkaOptions options, KafkaEndpoint endpoint, string clientId)
    {
        var config = new ProducerConfig(Copy(options.Producer))
        {
            BootstrapServers = endpoint.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
        };
        config.LingerMs ??= 5;
        config.ClientId ??= clientId;
        return config;
    }

    public static ConsumerConfig Consumer(KafkaOptions options, KafkaEndpoint endpoint, string groupId, string clientId)
    {
        var config = new ConsumerConfig(Copy(options.Consumer))
        {
            BootstrapServers = endpoint.BootstrapServers,
            GroupId = groupId,
            EnableAutoOffsetStore = false,
            EnableAutoCommit = true,
        };
        // Eager: on the embedded broker (librdkafka's mock cluster) a cooperative rebalance never runs its second round,
        // so the partitions an old member gives up to a joining one stay unread. A real Kafka cluster may take
        // cooperative-sticky through Hub:Kafka:Consumer:partition.assignment.strategy.
        config.PartitionAssignmentStrategy ??= PartitionAssignmentStrategy.RoundRobin;

        // A silo that dies without leaving the group loses its partitions after this long, not Kafka's 45 seconds.
        config.SessionTimeoutMs ??= 10_000;
        config.AutoOffsetReset ??= AutoOffsetReset.Earliest;
        config.ClientId ??= clientId;

        // The embedded broker (librdkafka's mock cluster) holds a fetch that finds nothing for the whole of
        // fetch.wait.max.ms (500 ms by default) even when a message arrives meanwhile; a real broker answers as soon as
        // one does. Left at the default, each hop on the embedded broker waited 250 ms on average.
        if (endpoint.IsEmbedded)
        {
            config.FetchWaitMaxMs ??= MockBroker.FetchWaitMs;
        }

        return config;
    }

    private static Dictionary<string, string> Copy(ClientConfig config) => config.ToDictionary(p => p.Key, p => p.Value);
}
