using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Hub.Kafka.Internal;

/// <summary>
/// Pauses partitions when the grains fall behind, rather than read on: a partition holding
/// <see cref="KafkaOptions.MaxInFlightPerPartition"/> messages, or every partition once all of them hold
/// <see cref="KafkaOptions.MaxInFlight"/>; and resumes them once half of that is done. Only the poll thread calls it.
/// </summary>
internal sealed partial class BackPressure(KafkaOptions settings, ConsumerMetrics metrics, ILogger logger)
{
    private int paused;

    /// <summary>After <paramref name="flow"/> took a message: pauses what is full.</summary>
    public void Took(IConsumer<byte[]?, byte[]?> consumer, OffsetCommitter committer, PartitionFlow flow)
    {
        if (committer.Held >= settings.MaxInFlight)
        {
            Pause(consumer, committer.Flows, committer.Held);
        }
        else if (flow.Held >= settings.MaxInFlightPerPartition)
        {
            Pause(consumer, [flow], committer.Held);
        }
    }

    /// <summary>After the committer let go of what was applied: resumes the partitions that caught up.</summary>
    public void Relieve(IConsumer<byte[]?, byte[]?> consumer, OffsetCommitter committer)
    {
        if (paused == 0 || committer.Held > settings.MaxInFlight / 2)
        {
            return;
        }

        var caughtUp = committer.Flows.Where(f => f.Paused && f.Held <= settings.MaxInFlightPerPartition / 2).ToList();
        if (caughtUp.Count > 0)
        {
            consumer.Resume(caughtUp.Select(f => f.Partition));
            SetPaused(caughtUp, false);
            LogResumed(logger, caughtUp.Count, committer.Held);
        }
    }

    /// <summary>Resumes <paramref name="leaving"/> before they go, so that they do not come back paused if they are assigned here again.</summary>
    public void Release(IConsumer<byte[]?, byte[]?> consumer, List<PartitionFlow> leaving)
    {
        var wasPaused = leaving.Where(f => f.Paused).ToList();
        if (wasPaused.Count > 0)
        {
            consumer.Resume(wasPaused.Select(f => f.Partition));
            SetPaused(wasPaused, false);
        }
    }

    private void Pause(IConsumer<byte[]?, byte[]?> consumer, IEnumerable<PartitionFlow> full, int held)
    {
        var pausing = full.Where(f => !f.Paused).ToList();
        if (pausing.Count > 0)
        {
            consumer.Pause(pausing.Select(f => f.Partition));
            SetPaused(pausing, true);
            LogPaused(logger, pausing.Count, held);
        }
    }

    private void SetPaused(List<PartitionFlow> changed, bool value)
    {
        changed.ForEach(f => f.Paused = value);
        var delta = value ? changed.Count : -changed.Count;
        paused += delta;
        metrics.Paused(settings.ConsumerGroup, delta);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Paused {Count} partitions with {Held} messages held")]
    private static partial void LogPaused(ILogger logger, int count, int held);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Resumed {Count} partitions with {Held} messages held")]
    private static partial void LogResumed(ILogger logger, int count, int held);
}
