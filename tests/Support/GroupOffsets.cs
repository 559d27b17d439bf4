using Confluent.Kafka;

namespace Hub.Tests.Support;

/// <summary>A consumer group's committed offsets on one topic, read and set from outside the group, as an operator's tools do.</summary>
internal static class GroupOffsets
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Commits offset 0 on every partition, so that the group reads the topic again from the start. It joins the group to
    /// do so (the embedded broker takes commits only from members), which must have no other members meanwhile.
    /// </summary>
    public static void Rewind(string bootstrapServers, string group, string topic)
    {
        using var consumer = Consumer(bootstrapServers, group);
        consumer.Subscribe(topic);
        var deadline = DateTime.UtcNow + Timeout;
        while (consumer.Assignment.Count == 0 && DateTime.UtcNow < deadline)
        {
            consumer.Consume(TimeSpan.FromMilliseconds(200));
        }

        Assert.NotEmpty(consumer.Assignment);
        consumer.Commit(consumer.Assignment.Select(p => new TopicPartitionOffset(p, 0)));
        consumer.Close();
    }

    /// <summary>How many messages of the topic the group has not committed yet.</summary>
    public static long Behind(string bootstrapServers, string group, string topic)
    {
        using var consumer = Consumer(bootstrapServers, group);
        var partitions = Partitions(consumer, topic);
        var committed = consumer.Committed(partitions, Timeout).ToDictionary(c => c.TopicPartition, c => c.Offset);
        return partitions.Sum(p =>
        {
            var end = consumer.QueryWatermarkOffsets(p, Timeout).High.Value;
            return committed[p] is { IsSpecial: false } at ? end - at.Value : end;
        });
    }

    private static IConsumer<Ignore, Ignore> Consumer(string bootstrapServers, string group) =>
        new ConsumerBuilder<Ignore, Ignore>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = group,
            EnableAutoCommit = false,
            SessionTimeoutMs = 6000,
            PartitionAssignmentStrategy = PartitionAssignmentStrategy.RoundRobin,
        }).Build();

    private static List<TopicPartition> Partitions(IConsumer<Ignore, Ignore> consumer, string topic)
    {
        using var admin = new DependentAdminClientBuilder(consumer.Handle).Build();
        return [.. admin.GetMetadata(topic, Timeout).Topics.Single().Partitions.Select(p => new TopicPartition(topic, p.PartitionId))];
    }
}
