using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Hub.Kafka.Internal;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.DeadLetters;

/// <summary>
/// Lets operators read <c>hub.dead-letters</c> and re-drive a dead letter to the topic it came from once its
/// cause is fixed. Re-driving is safe to repeat: cases apply each event id at most once.
/// </summary>
public sealed class DeadLetterStore
{
    /// <summary>The header a re-driven message carries: <c>partition/offset</c> of the dead letter it came from.</summary>
    public const string RedrivenFromHeader = "hub-redriven-from";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly HubProducer _producer;
    private readonly ConsumerConfig _config;
    private readonly string _topic;
    private readonly string _prefix;

    internal DeadLetterStore(HubProducer producer, IOptions<KafkaOptions> options, KafkaEndpoint endpoint)
    {
        _producer = producer;
        _prefix = options.Value.TopicPrefix;
        _topic = HubTopics.DeadLetters(_prefix);
        _config = KafkaClientConfigs.Consumer(options.Value, endpoint, "hub-dead-letter-reader", "hub-dead-letter-reader");
        _config.EnableAutoCommit = false;
    }

    /// <summary>The newest dead letters, at most <paramref name="limit"/>, newest first.</summary>
    public Task<IReadOnlyList<DeadLetter>> ListAsync(int limit, CancellationToken cancellationToken) => Task.Run<IReadOnlyList<DeadLetter>>(() =>
    {
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(_config).Build();
        var partitions = Partitions();
        var ends = new Dictionary<int, long>();
        var starts = new List<TopicPartitionOffset>();
        foreach (var partition in partitions)
        {
            var marks = consumer.QueryWatermarkOffsets(new TopicPartition(_topic, partition), Patience);
            if (marks.High.Value > marks.Low.Value)
            {
                ends[partition] = marks.High.Value;
                starts.Add(new TopicPartitionOffset(_topic, partition, Math.Max(marks.Low.Value, marks.High.Value - limit)));
            }
        }

        var letters = new List<DeadLetter>();
        consumer.Assign(starts);
        var deadline = DateTime.UtcNow + Patience;
        while (ends.Count > 0 && DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result?.Message is null)
            {
                continue;
            }

            letters.Add(ToDeadLetter(result));
            if (result.Offset.Value + 1 >= ends[result.Partition.Value])
            {
                ends.Remove(result.Partition.Value);
            }
        }

        return [.. letters.OrderByDescending(l => l.DeadLetteredAt).ThenByDescending(l => l.Offset).Take(limit)];
    }, cancellationToken);

    /// <summary>How many dead letters <c>hub.dead-letters</c> holds: the messages between each partition's start and end.</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(_config).Build();
        return Partitions().Sum(partition =>
        {
            var marks = consumer.QueryWatermarkOffsets(new TopicPartition(_topic, partition), Patience);
            return Math.Max(0, marks.High.Value - marks.Low.Value);
        });
    }, cancellationToken);

    /// <summary>The dead letter at <paramref name="partition"/>/<paramref name="offset"/>, or null when there is none.</summary>
    public async Task<DeadLetter?> GetAsync(int partition, long offset, CancellationToken cancellationToken)
    {
        var raw = await ReadAsync(partition, offset, cancellationToken);
        return raw is null ? null : ToDeadLetter(raw);
    }

    /// <summary>Publishes the dead letter's original bytes, key and headers to its original topic again; null when there is no such dead letter.</summary>
    public async Task<RedriveResult?> RedriveAsync(int partition, long offset, CancellationToken cancellationToken)
    {
        var raw = await ReadAsync(partition, offset, cancellationToken);
        if (raw is null)
        {
            return null;
        }

        var letter = ToDeadLetter(raw);
        if (letter.OriginalTopic is null || !letter.OriginalTopic.StartsWith(_prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Dead letter {partition}/{offset} names no original topic of this hub; it cannot be re-driven.");
        }

        var headers = new Headers();
        foreach (var header in raw.Message.Headers ?? [])
        {
            if (!header.Key.StartsWith("hub-dl-", StringComparison.Ordinal) && header.Key != RedrivenFromHeader)
            {
                headers.Add(header.Key, header.GetValueBytes());
            }
        }

        headers.Add(RedrivenFromHeader, Encoding.UTF8.GetBytes($"{partition}/{offset}"));
        var delivery = await _producer.ProduceAsync(
            letter.OriginalTopic, new Message<byte[]?, byte[]?> { Key = raw.Message.Key, Value = raw.Message.Value, Headers = headers }, cancellationToken);
        return new RedriveResult(partition, offset, delivery.Topic, delivery.Partition.Value, delivery.Offset.Value);
    }

    private Task<ConsumeResult<byte[]?, byte[]?>?> ReadAsync(int partition, long offset, CancellationToken cancellationToken) => Task.Run(() =>
    {
        if (partition < 0 || offset < 0 || !Partitions().Contains(partition))
        {
            return null;
        }

        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(_config).Build();
        var marks = consumer.QueryWatermarkOffsets(new TopicPartition(_topic, partition), Patience);
        if (offset < marks.Low.Value || offset >= marks.High.Value)
        {
            return null;
        }

        consumer.Assign(new TopicPartitionOffset(_topic, partition, offset));
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result?.Message is not null)
            {
                return result.Offset.Value == offset ? result : null;
            }
        }

        return null;
    }, cancellationToken);

    private List<int> Partitions()
    {
        using var admin = new DependentAdminClientBuilder(_producer.Handle).Build();
        var topic = admin.GetMetadata(_topic, Patience).Topics.Single();
        return topic.Error.IsError ? [] : [.. topic.Partitions.Select(p => p.PartitionId)];
    }

    private static DeadLetter ToDeadLetter(ConsumeResult<byte[]?, byte[]?> r)
    {
        string? Header(string key) => r.Message.Headers?.TryGetLastBytes(key, out var bytes) == true ? Encoding.UTF8.GetString(bytes) : null;
        long? Number(string key) => long.TryParse(Header(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var value = r.Message.Value ?? [];
        return new DeadLetter(
            r.Partition.Value, r.Offset.Value, r.Message.Timestamp.UtcDateTime,
            r.Message.Key is null ? null : Encoding.UTF8.GetString(r.Message.Key),
            Header(HubHeaders.DeadLetterTopic), (int?)Number(HubHeaders.DeadLetterPartition), Number(HubHeaders.DeadLetterOffset),
            Header(HubHeaders.DeadLetterDepartment), Header(HubHeaders.DeadLetterReason), Header(HubHeaders.EventId), Header(HubHeaders.Type),
            value.Length, Convert.ToBase64String(value));
    }
}
