using Confluent.Kafka;

namespace Hub.LoadTests.Load;

/// <summary>
/// How the benchmark's readers take their topics: every partition from the beginning, assigned directly once the topic
/// exists, with no consumer group to join. A group subscribed before its topics existed could sit for minutes on the
/// embedded broker before its first assignment, which looked like a hub that delivered nothing.
/// </summary>
internal static class KafkaRead
{
    /// <summary>A reader of <paramref name="topics"/> from their beginning, assigned once they exist.</summary>
    public static IConsumer<Ignore, byte[]> Open(string bootstrap, string clientId, IReadOnlyList<string> topics, CancellationToken cancellationToken)
    {
        var consumer = new ConsumerBuilder<Ignore, byte[]>(new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = $"{clientId}-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            ClientId = clientId,
            FetchWaitMaxMs = Hub.Kafka.MockBroker.FetchWaitMs,
        }).SetErrorHandler((_, _) => { }).Build();
        AssignWhenReady(consumer, topics, cancellationToken);
        return consumer;
    }

    private static void AssignWhenReady<TKey, TValue>(IConsumer<TKey, TValue> consumer, IReadOnlyList<string> topics, CancellationToken cancellationToken)
    {
        using var admin = new DependentAdminClientBuilder(consumer.Handle).Build();
        var assigned = new List<TopicPartitionOffset>();
        var waiting = topics.ToList();
        while (waiting.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            foreach (var topic in waiting.ToArray())
            {
                try
                {
                    var partitions = admin.GetMetadata(topic, TimeSpan.FromSeconds(5)).Topics.SingleOrDefault(t => t.Topic == topic && !t.Error.IsError)?.Partitions;
                    if (partitions is { Count: > 0 })
                    {
                        assigned.AddRange(partitions.Select(p => new TopicPartitionOffset(topic, p.PartitionId, Offset.Beginning)));
                        waiting.Remove(topic);
                    }
                }
                catch (KafkaException)
                {
                }
            }

            if (waiting.Count > 0)
            {
                Thread.Sleep(200);
            }
        }

        consumer.Assign(assigned);
    }

    /// <summary>One consume that rides out what a consumer recovers from by itself (a broker hiccup).</summary>
    public static ConsumeResult<TKey, TValue>? Next<TKey, TValue>(IConsumer<TKey, TValue> consumer, CancellationToken cancellationToken)
    {
        try
        {
            return consumer.Consume(cancellationToken);
        }
        catch (ConsumeException ex) when (!ex.Error.IsFatal)
        {
            Thread.Sleep(50);
            return null;
        }
    }
}
