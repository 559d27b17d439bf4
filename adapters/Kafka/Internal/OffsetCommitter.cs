using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Hub.Kafka.Internal;

/// <summary>
/// The offsets of the partitions assigned to the department-event consumer: <see cref="Track"/> holds a message read
/// and starts applying it (<see cref="PartitionFlow"/>), <see cref="Flush"/> stores the offset after each partition's
/// run of applied messages, so that auto-commit commits only offsets that it and every earlier one are applied, and
/// <see cref="HandOver"/> lets partitions go: it waits for what they hold (at most the drain timeout), commits what
/// was applied and gives up the rest, which is then read again by their next owner. Only the poll thread calls it.
/// </summary>
internal sealed partial class OffsetCommitter(
    Func<ConsumeResult<byte[]?, byte[]?>, CancellationToken, Task<bool>> apply,
    ConsumerMetrics metrics,
    string group,
    TimeSpan drainTimeout,
    ILogger logger)
{
    private readonly Dictionary<TopicPartition, PartitionFlow> flows = [];

    /// <summary>How many messages are held over all partitions: read, and not yet committable.</summary>
    public int Held { get; private set; }

    /// <summary>The partitions assigned.</summary>
    public IReadOnlyCollection<PartitionFlow> Flows => flows.Values;

    public void Assign(IEnumerable<TopicPartition> partitions)
    {
        foreach (var partition in partitions)
        {
            flows.TryAdd(partition, new PartitionFlow(partition, apply));
        }
    }

    /// <summary>Holds <paramref name="result"/> and starts applying it; null when its partition is not (or no longer) assigned.</summary>
    public PartitionFlow? Track(ConsumeResult<byte[]?, byte[]?> result)
    {
        if (!flows.TryGetValue(result.TopicPartition, out var flow))
        {
            return null;
        }

        flow.Start(result);
        Hold(1);
        return flow;
    }

    /// <summary>Stores the offset of every partition whose applied run grew.</summary>
    public void Flush(IConsumer<byte[]?, byte[]?> consumer) => StoreApplied(consumer, flows.Values);

    /// <summary>The assigned flows of <paramref name="partitions"/>.</summary>
    public List<PartitionFlow> Of(IEnumerable<TopicPartition> partitions) =>
        partitions.Select(flows.GetValueOrDefault).OfType<PartitionFlow>().ToList();

    /// <summary>Waits for what <paramref name="leaving"/> hold (at most the drain timeout), commits their applied runs and lets them go.</summary>
    public void HandOver(IConsumer<byte[]?, byte[]?> consumer, List<PartitionFlow> leaving)
    {
        var pending = leaving.SelectMany(f => f.Pending).Where(t => !t.IsCompleted).ToArray();
        if (pending.Length > 0 && !Task.WhenAll(pending).Wait(drainTimeout))
        {
            LogAbandoned(logger, pending.Count(t => !t.IsCompleted), drainTimeout);
        }

        StoreApplied(consumer, leaving);
        var offsets = leaving.Where(f => f.Committable is not null)
            .Select(f => new TopicPartitionOffset(f.Partition, f.Committable!.Value)).ToList();
        Forget(leaving);
        Commit(consumer, offsets);
    }

    /// <summary>Lets <paramref name="leaving"/> go without committing: what they hold is given up.</summary>
    public void Forget(List<PartitionFlow> leaving)
    {
        foreach (var flow in leaving)
        {
            flow.Abandon();
            Hold(-flow.Held);
            flows.Remove(flow.Partition);
        }
    }

    private void StoreApplied(IConsumer<byte[]?, byte[]?> consumer, IEnumerable<PartitionFlow> applying)
    {
        foreach (var flow in applying)
        {
            var before = flow.Held;
            if (flow.TakeApplied())
            {
                Hold(flow.Held - before);
                Store(consumer, flow);
            }
        }
    }

    private void Hold(int delta)
    {
        Held += delta;
        metrics.Held(group, delta);
    }

    private void Store(IConsumer<byte[]?, byte[]?> consumer, PartitionFlow flow)
    {
        try
        {
            consumer.StoreOffset(new TopicPartitionOffset(flow.Partition, flow.Committable!.Value));
        }
        catch (KafkaException ex)
        {
            // The partition was taken away meanwhile: its new owner reads from the committed offset, and cases ignore repeats.
            LogStoreFailed(logger, flow.Partition, ex.Error.Reason);
        }
    }

    private void Commit(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> offsets)
    {
        if (offsets.Count == 0)
        {
            return;
        }

        try
        {
            consumer.Commit(offsets);
        }
        catch (KafkaException ex)
        {
            // What was stored is committed by auto-commit or on close; what was not, is read again.
            LogCommitFailed(logger, offsets.Count, ex.Error.Reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up {Count} messages still being applied after {Timeout}; they are not committed and will be read again")]
    private static partial void LogAbandoned(ILogger logger, int count, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the offset of {Partition}: {Reason}")]
    private static partial void LogStoreFailed(ILogger logger, TopicPartition partition, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not commit the offsets of {Count} partitions: {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, int count, string reason);
}
