using Confluent.Kafka;

namespace Hub.Kafka;

/// <summary>
/// The department-event partitions this host's consumer holds at the moment, as the group last assigned them; empty
/// before the first assignment, after the consumer stopped, and when <see cref="KafkaOptions.ConsumeDepartmentEvents"/>
/// is false. Operators read it at <c>GET /ops/kafka</c> to see how the partitions are shared out among the silos.
/// </summary>
public sealed class ConsumerAssignment
{
    private readonly Lock gate = new();
    private readonly SortedSet<(string Topic, int Partition)> held = [];

    /// <summary>The partitions held, by topic and partition number.</summary>
    public IReadOnlyList<TopicPartition> Partitions
    {
        get
        {
            lock (gate)
            {
                return held.Select(p => new TopicPartition(p.Topic, p.Partition)).ToArray();
            }
        }
    }

    internal void Add(IEnumerable<TopicPartition> partitions)
    {
        lock (gate)
        {
            held.UnionWith(partitions.Select(p => (p.Topic, p.Partition.Value)));
        }
    }

    internal void Remove(IEnumerable<TopicPartition> partitions)
    {
        lock (gate)
        {
            held.ExceptWith(partitions.Select(p => (p.Topic, p.Partition.Value)));
        }
    }
}
