using Confluent.Kafka;
using Hub.Kafka.Internal;
using Microsoft.Extensions.Options;

namespace Hub.Kafka;

/// <summary>
/// How far the department-event consumer group (<see cref="KafkaOptions.ConsumerGroup"/>) is behind on the partitions
/// this host's consumer holds (<see cref="ConsumerAssignment"/>): per topic, the messages after the group's committed
/// offset up to the end of each partition. Each silo reads its own partitions, so the figures of all silos add up to the
/// group's lag without counting a partition twice; a partition held by no silo at the moment is counted by none.
/// </summary>
public sealed class ConsumerLag
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly ConsumerAssignment _assignment;
    private readonly ConsumerConfig _config;

    internal ConsumerLag(ConsumerAssignment assignment, IOptions<KafkaOptions> options, KafkaEndpoint endpoint)
    {
        _assignment = assignment;
        Group = options.Value.ConsumerGroup;

        // A client of the group's id that never joins it: it reads the group's committed offsets, as operators' tools do.
        _config = KafkaClientConfigs.Consumer(options.Value, endpoint, Group, "hub-lag-reader");
        _config.EnableAutoCommit = false;
    }

    /// <summary>The consumer group whose lag this reads.</summary>
    public string Group { get; }

    /// <summary>The lag by topic of the partitions held now; empty when none is held. Blocks for up to a few seconds per call to the broker.</summary>
    public IReadOnlyDictionary<string, long> Read()
    {
        var partitions = _assignment.Partitions;
        if (partitions.Count == 0)
        {
            return new Dictionary<string, long>();
        }

        using var consumer = new ConsumerBuilder<Ignore, Ignore>(_config).SetLogHandler((_, _) => { }).Build();
        var committed = consumer.Committed(partitions, Patience).ToDictionary(c => c.TopicPartition, c => c.Offset);
        var lag = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            var marks = consumer.QueryWatermarkOffsets(partition, Patience);
            var from = committed.TryGetValue(partition, out var at) && !at.IsSpecial ? at.Value : marks.Low.Value;
            lag[partition.Topic] = lag.GetValueOrDefault(partition.Topic) + Math.Max(0, marks.High.Value - from);
        }

        return lag;
    }
}
