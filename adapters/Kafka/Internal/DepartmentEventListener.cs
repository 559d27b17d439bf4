using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Hub.Kafka.Internal;

/// <summary>
/// The poll loop of the department-event consumer, as Wolverine's Kafka listener: it reads a message and hands it to
/// the <see cref="OffsetCommitter"/> (<c>Track</c>), lets the committer store what was applied (<c>Flush</c>) and
/// <see cref="BackPressure"/> pause and resume partitions, and on a rebalance or at the end lets partitions go
/// (<c>HandOver</c>): what they hold finishes within <see cref="KafkaOptions.DrainTimeout"/> and is committed first.
/// The rebalance handlers run on the poll thread, inside <c>Consume</c>.
/// </summary>
internal sealed partial class DepartmentEventListener(
    OffsetCommitter committer,
    BackPressure backPressure,
    ConsumerAssignment assignment,
    Hub.Ops.HubWork work,
    ILogger logger)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>A consumer whose rebalances this listener handles and whose log goes to the logger.</summary>
    public IConsumer<byte[]?, byte[]?> Build(ConsumerConfig config) =>
        new ConsumerBuilder<byte[]?, byte[]?>(config)
            .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
            .SetErrorHandler((_, error) => LibrdkafkaLog.Error(logger, error))
            .SetPartitionsAssignedHandler((_, partitions) => Assign(partitions))
            .SetPartitionsRevokedHandler(Revoke)
            .SetPartitionsLostHandler(Lose)
            .Build();

    /// <summary>Polls until <paramref name="stoppingToken"/> is cancelled, then hands over every partition and leaves the group.</summary>
    public void Run(IConsumer<byte[]?, byte[]?> consumer, CancellationToken stoppingToken)
    {
        try
        {
            Poll(consumer, stoppingToken);
        }
        finally
        {
            Shutdown(consumer);
        }
    }

    private void Poll(IConsumer<byte[]?, byte[]?> consumer, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            committer.Flush(consumer);
            backPressure.Relieve(consumer, committer);
            if (Consume(consumer) is not { } result)
            {
                continue;
            }

            if (committer.Track(result) is { } flow)
            {
                backPressure.Took(consumer, committer, flow);
            }
            else
            {
                // Not (or no longer) ours: its owner reads it from the committed offset.
                LogNotAssigned(logger, result.TopicPartitionOffset);
            }
        }
    }

    private ConsumeResult<byte[]?, byte[]?>? Consume(IConsumer<byte[]?, byte[]?> consumer)
    {
        try
        {
            if (consumer.Consume(PollInterval) is { Message: not null } result)
            {
                work.KafkaConsumed();
                return result;
            }

            return null;
        }
        catch (ConsumeException ex) when (ex.Error.IsFatal)
        {
            LogFatal(logger, ex, ex.Error.Reason);
            throw;
        }
        catch (ConsumeException ex)
        {
            LogConsumeError(logger, ex.Error.Code, ex.Error.Reason);
            return null;
        }
    }

    private void Assign(List<TopicPartition> partitions)
    {
        committer.Assign(partitions);
        assignment.Add(partitions);
        LogAssigned(logger, partitions.Count, string.Join(", ", partitions));
    }

    // The partitions are still ours until this returns: let their messages finish, so the next owner starts after them.
    private void Revoke(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> partitions)
    {
        LogRevoked(logger, partitions.Count);
        HandOver(consumer, committer.Of(partitions.Select(p => p.TopicPartition)));
    }

    // Already someone else's: commit nothing, the new owner reads what was not committed again.
    private void Lose(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> partitions)
    {
        LogLost(logger, partitions.Count);
        var leaving = committer.Of(partitions.Select(p => p.TopicPartition));
        backPressure.Release(consumer, leaving);
        committer.Forget(leaving);
        assignment.Remove(leaving.Select(f => f.Partition));
    }

    private void Shutdown(IConsumer<byte[]?, byte[]?> consumer)
    {
        HandOver(consumer, [.. committer.Flows]);
        try
        {
            // Leaves the group, so that the partitions move to another silo at once.
            consumer.Close();
            LogStopped(logger);
        }
        catch (KafkaException ex)
        {
            LogCloseFailed(logger, ex);
        }
    }

    private void HandOver(IConsumer<byte[]?, byte[]?> consumer, List<PartitionFlow> leaving)
    {
        if (leaving.Count == 0)
        {
            return;
        }

        backPressure.Release(consumer, leaving);
        committer.HandOver(consumer, leaving);
        assignment.Remove(leaving.Select(f => f.Partition));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Assigned {Count} partitions: {Partitions}")]
    private static partial void LogAssigned(ILogger logger, int count, string partitions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revoked {Count} partitions")]
    private static partial void LogRevoked(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost {Count} partitions")]
    private static partial void LogLost(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consume error {Code}: {Reason}")]
    private static partial void LogConsumeError(ILogger logger, Confluent.Kafka.ErrorCode code, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Fatal consumer error, department events stop: {Reason}")]
    private static partial void LogFatal(ILogger logger, Exception exception, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped {Source}: its partition is not assigned here")]
    private static partial void LogNotAssigned(ILogger logger, TopicPartitionOffset source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Department event consumer closed")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing the department event consumer failed")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception);
}
