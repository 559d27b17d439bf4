using Confluent.Kafka;

namespace Hub.Tests.Kafka;

/// <summary>
/// A plain Confluent consumer reading one topic from the beginning. It assigns the partitions itself rather than
/// joining a group: the topic is created first, and no rebalance delays the read. To see that something arrived
/// once, or not at all, read with <see cref="ReadUntilQuietAsync"/>: it goes on after the count it expects.
/// </summary>
internal sealed class TopicReader : IDisposable
{
    /// <summary>The message's <c>hub-type</c> header, or empty when it has none.</summary>
    public static string TypeOf(ConsumeResult<string?, byte[]?> r) =>
        r.Message.Headers?.TryGetLastBytes(Hub.Kafka.HubHeaders.Type, out var t) == true ? System.Text.Encoding.UTF8.GetString(t) : "";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private readonly IConsumer<string?, byte[]?> consumer;

    public TopicReader(string bootstrapServers, string topic)
    {
        using (var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build())
        {
            var metadata = admin.GetMetadata(topic, TimeSpan.FromSeconds(30)).Topics.Single();
            Assert.False(metadata.Error.IsError, $"topic {topic}: {metadata.Error}");
            consumer = new ConsumerBuilder<string?, byte[]?>(new ConsumerConfig
            {
                BootstrapServers = bootstrapServers,
                GroupId = $"reader-{Guid.NewGuid():N}",
                EnableAutoCommit = false,
                FetchWaitMaxMs = Hub.Kafka.MockBroker.FetchWaitMs,
            }).Build();
            consumer.Assign(metadata.Partitions.Select(p => new TopicPartitionOffset(topic, p.PartitionId, Offset.Beginning)));
        }
    }

    /// <summary>Reads until <paramref name="count"/> messages matching <paramref name="match"/> arrived; fails after a minute.</summary>
    public Task<List<ConsumeResult<string?, byte[]?>>> ReadAsync(int count, Func<ConsumeResult<string?, byte[]?>, bool>? match = null) => Task.Run(() =>
    {
        var found = new List<ConsumeResult<string?, byte[]?>>();
        var deadline = DateTime.UtcNow + Patience;
        while (found.Count < count && DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result?.Message is not null && (match is null || match(result)))
            {
                found.Add(result);
            }
        }

        Assert.True(found.Count >= count, $"Expected {count} messages on {string.Join(",", consumer.Assignment.Select(a => a.Topic).Distinct())} within {Patience}, got {found.Count}.");
        return found;
    });

    /// <summary>
    /// Reads every message matching <paramref name="match"/>: until at least <paramref name="atLeast"/> arrived (failing
    /// after a minute), and then on until the topic has been quiet, no message at all, for three seconds; so a copy
    /// that comes after the ones expected is read too. The caller asserts the exact count.
    /// </summary>
    public Task<List<ConsumeResult<string?, byte[]?>>> ReadUntilQuietAsync(Func<ConsumeResult<string?, byte[]?>, bool> match, int atLeast = 0) => Task.Run(() =>
    {
        var found = new List<ConsumeResult<string?, byte[]?>>();
        var deadline = DateTime.UtcNow + Patience;
        var lastSeen = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline + Patience
            && (DateTime.UtcNow - lastSeen < Quiet || (found.Count < atLeast && DateTime.UtcNow < deadline)))
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result?.Message is null)
            {
                continue;
            }

            lastSeen = DateTime.UtcNow;
            if (match(result))
            {
                found.Add(result);
            }
        }

        Assert.True(found.Count >= atLeast, $"Expected at least {atLeast} messages on {string.Join(",", consumer.Assignment.Select(a => a.Topic).Distinct())} within {Patience}, got {found.Count}.");
        return found;
    });

    public void Dispose()
    {
        consumer.Close();
        consumer.Dispose();
    }
}
