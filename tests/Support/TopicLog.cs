using Confluent.Kafka;

namespace Hub.Tests.Support;

/// <summary>
/// Everything the given topics hold for some keys (case ids), or that a test selects, read from the beginning by a plain consumer that assigns
/// the partitions itself. It reads until the expected messages are there and then on until the topics stay quiet, so
/// that a repeat arriving late is counted too.
/// </summary>
internal sealed class TopicLog : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly IConsumer<string?, byte[]?> _consumer;
    private readonly Func<ConsumeResult<string?, byte[]?>, bool> _match;
    private readonly List<ConsumeResult<string?, byte[]?>> _seen = [];

    public TopicLog(string bootstrapServers, IEnumerable<string> topics, IEnumerable<string> keys)
        : this(bootstrapServers, topics, Keyed([.. keys]))
    {
    }

    /// <summary>Reads the messages of <paramref name="topics"/> that <paramref name="match"/> selects.</summary>
    public TopicLog(string bootstrapServers, IEnumerable<string> topics, Func<ConsumeResult<string?, byte[]?>, bool> match)
    {
        _match = match;
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        var partitions = new List<TopicPartitionOffset>();
        foreach (var topic in topics)
        {
            var metadata = admin.GetMetadata(topic, TimeSpan.FromSeconds(30)).Topics.Single();
            Assert.False(metadata.Error.IsError, $"topic {topic}: {metadata.Error}");
            partitions.AddRange(metadata.Partitions.Select(p => new TopicPartitionOffset(topic, p.PartitionId, Offset.Beginning)));
        }

        _consumer = new ConsumerBuilder<string?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = $"log-{Guid.NewGuid():N}",
            EnableAutoCommit = false,
            FetchWaitMaxMs = Hub.Kafka.MockBroker.FetchWaitMs,
        }).SetLogHandler((_, _) => { }).Build();
        _consumer.Assign(partitions);
    }

    /// <summary>Every message read so far for the keys, in arrival order per partition.</summary>
    public IReadOnlyList<ConsumeResult<string?, byte[]?>> Seen => _seen;

    /// <summary>The event ids (the <c>hub-event-id</c> header) of the messages read so far.</summary>
    public IEnumerable<string> EventIds => _seen.Select(r => System.Text.Encoding.UTF8.GetString(r.Message.Headers.GetLastBytes(Hub.Kafka.HubHeaders.EventId)));

    /// <summary>
    /// Reads until <paramref name="complete"/> holds for what was read (failing after <paramref name="within"/>, by default
    /// <see cref="Patience"/>), then on
    /// until nothing more arrives for <paramref name="quiet"/>.
    /// </summary>
    public Task<IReadOnlyList<ConsumeResult<string?, byte[]?>>> ReadAsync(Func<IReadOnlyList<ConsumeResult<string?, byte[]?>>, bool> complete, TimeSpan quiet, TimeSpan? within = null) => Task.Run(() =>
    {
        var patience = within ?? Patience;
        var deadline = DateTime.UtcNow + patience;
        while (!complete(_seen))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Gave up after {patience} with {_seen.Count} messages; the last of each key: {string.Join(", ", EventIds.GroupBy(e => e.Split('/')[0]).Select(g => g.Last()).Take(200))}");
            Next(TimeSpan.FromMilliseconds(200));
        }

        var lastArrival = DateTime.UtcNow;
        while (DateTime.UtcNow - lastArrival < quiet)
        {
            if (Next(TimeSpan.FromMilliseconds(200)))
            {
                lastArrival = DateTime.UtcNow;
            }
        }

        return (IReadOnlyList<ConsumeResult<string?, byte[]?>>)_seen;
    });

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
    }

    private static Func<ConsumeResult<string?, byte[]?>, bool> Keyed(HashSet<string> keys) => r => r.Message.Key is { } key && keys.Contains(key);

    private bool Next(TimeSpan wait)
    {
        var result = _consumer.Consume(wait);
        if (result?.Message is not null && _match(result))
        {
            _seen.Add(result);
            return true;
        }

        return false;
    }
}
