using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>
/// Reads <c>dept.&lt;dept&gt;.events</c> of every department line and applies each message through the
/// <see cref="DepartmentEventHandler"/>: partitions and the keys (cases) within them in parallel, one key in offset
/// order (<see cref="PartitionFlow"/>). It stores an offset only when it and every earlier offset of its partition
/// are applied, and auto-commit commits what is stored. When the grains fall behind it pauses partitions rather than
/// read on (<see cref="KafkaOptions.MaxInFlightPerPartition"/>, <see cref="KafkaOptions.MaxInFlight"/>). Before a
/// rebalance takes partitions away, and when it stops, it lets what it holds of them finish, commits, and only then
/// lets go; what does not finish within <see cref="KafkaOptions.DrainTimeout"/> is not committed, so it is read again.
/// </summary>
internal sealed partial class DepartmentEventConsumer(
    DepartmentEventHandler handler,
    HubProducer producer,
    KafkaEndpoint endpoint,
    ConsumerMetrics metrics,
    ConsumerAssignment assignment,
    IOptions<KafkaOptions> options,
    ILogger<DepartmentEventConsumer> logger) : BackgroundService, IHostedLifecycleService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly KafkaOptions settings = options.Value;
    private readonly Dictionary<string, string> departmentByTopic =
        HubTopics.Departments.ToDictionary(d => HubTopics.DepartmentEvents(d, options.Value.TopicPrefix), d => d);

    // Touched by the poll thread only (the rebalance handlers run on it, inside Consume).
    private readonly Dictionary<TopicPartition, PartitionFlow> flows = [];
    private readonly CancellationTokenSource stopping = new();
    private int held;
    private int paused;

    // Consume() blocks its thread: keep it off the host's start-up path.
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(stopping.Cancel);
        return Task.Run(() => RunAsync(stopping.Token), CancellationToken.None);
    }

    // The host calls this before it stops any service, the Orleans silo included: drain while the grains still answer.
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (ExecuteTask is { } running)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Dispose()
    {
        base.Dispose();
        stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await TopicProvisioner.EnsureAsync(producer.Handle, departmentByTopic.Keys, logger, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        var config = KafkaClientConfigs.Consumer(settings, endpoint, settings.ConsumerGroup, "hub-department-events");
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config)
            .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
            .SetErrorHandler((_, error) => LibrdkafkaLog.Error(logger, error))
            .SetPartitionsAssignedHandler((_, partitions) => Assign(partitions))
            .SetPartitionsRevokedHandler(Revoke)
            .SetPartitionsLostHandler(Lose)
            .Build();
        consumer.Subscribe(departmentByTopic.Keys);
        LogStarted(logger, departmentByTopic.Count, config.GroupId);
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
            Settle(consumer);
            ConsumeResult<byte[]?, byte[]?>? result;
            try
            {
                result = consumer.Consume(PollInterval);
            }
            catch (ConsumeException ex) when (ex.Error.IsFatal)
            {
                LogFatal(logger, ex, ex.Error.Reason);
                throw;
            }
            catch (ConsumeException ex)
            {
                LogConsumeError(logger, ex.Error.Code, ex.Error.Reason);
                continue;
            }

            if (result?.Message is not null)
            {
                Take(consumer, result);
            }
        }
    }

    private void Take(IConsumer<byte[]?, byte[]?> consumer, ConsumeResult<byte[]?, byte[]?> result)
    {
        if (!flows.TryGetValue(result.TopicPartition, out var flow))
        {
            // Not (or no longer) ours: its owner reads it from the committed offset.
            LogNotAssigned(logger, result.TopicPartitionOffset);
            return;
        }

        flow.Start(result);
        Hold(1);
        if (held >= settings.MaxInFlight)
        {
            Pause(consumer, flows.Values);
        }
        else if (flow.Held >= settings.MaxInFlightPerPartition)
        {
            Pause(consumer, [flow]);
        }
    }

    // Stores what became committable and resumes the partitions that caught up.
    private void Settle(IConsumer<byte[]?, byte[]?> consumer)
    {
        foreach (var flow in flows.Values)
        {
            TakeApplied(consumer, flow);
        }

        if (paused == 0 || held > settings.MaxInFlight / 2)
        {
            return;
        }

        var caughtUp = flows.Values.Where(f => f.Paused && f.Held <= settings.MaxInFlightPerPartition / 2).ToList();
        if (caughtUp.Count > 0)
        {
            consumer.Resume(caughtUp.Select(f => f.Partition));
            SetPaused(caughtUp, false);
            LogResumed(logger, caughtUp.Count, held);
        }
    }

    private void Pause(IConsumer<byte[]?, byte[]?> consumer, IEnumerable<PartitionFlow> full)
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

    private void Hold(int delta)
    {
        held += delta;
        metrics.Held(settings.ConsumerGroup, delta);
    }

    private void TakeApplied(IConsumer<byte[]?, byte[]?> consumer, PartitionFlow flow)
    {
        var before = flow.Held;
        if (flow.TakeApplied())
        {
            Hold(flow.Held - before);
            Store(consumer, flow);
        }
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

    private void Assign(List<TopicPartition> partitions)
    {
        foreach (var partition in partitions)
        {
            flows.TryAdd(partition, new PartitionFlow(
                partition,
                (result, token) => handler.HandleAsync(result, departmentByTopic[result.Topic], token),
                (ex, source, attempt) => LogFault(logger, ex, source, attempt)));
        }

        assignment.Add(partitions);
        LogAssigned(logger, partitions.Count, string.Join(", ", partitions));
    }

    private void Revoke(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> partitions)
    {
        LogRevoked(logger, partitions.Count);
        var leaving = Leaving(partitions);
        if (leaving.Count == 0)
        {
            return;
        }

        // They are still ours until this returns: let their messages finish, so the next owner starts after them.
        HandOver(consumer, leaving);
    }

    private void Lose(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> partitions)
    {
        // Already someone else's: commit nothing, the new owner reads what was not committed again.
        LogLost(logger, partitions.Count);
        Forget(consumer, Leaving(partitions));
    }

    private void Shutdown(IConsumer<byte[]?, byte[]?> consumer)
    {
        HandOver(consumer, flows.Values.ToList());
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

    // Waits for what is held (at most DrainTimeout), commits the applied run of each partition and lets go of the rest.
    private void HandOver(IConsumer<byte[]?, byte[]?> consumer, List<PartitionFlow> leaving)
    {
        Drain(leaving);
        foreach (var flow in leaving)
        {
            TakeApplied(consumer, flow);
        }

        var offsets = leaving.Where(f => f.Committable is not null)
            .Select(f => new TopicPartitionOffset(f.Partition, f.Committable!.Value)).ToList();
        Forget(consumer, leaving);
        Commit(consumer, offsets);
    }

    private List<PartitionFlow> Leaving(List<TopicPartitionOffset> partitions) =>
        partitions.Select(p => flows.GetValueOrDefault(p.TopicPartition)).OfType<PartitionFlow>().ToList();

    private void Drain(List<PartitionFlow> leaving)
    {
        var pending = leaving.SelectMany(f => f.Pending).Where(t => !t.IsCompleted).ToArray();
        if (pending.Length > 0 && !Task.WhenAll(pending).Wait(settings.DrainTimeout))
        {
            LogAbandoned(logger, pending.Count(t => !t.IsCompleted), settings.DrainTimeout);
        }
    }

    private void Forget(IConsumer<byte[]?, byte[]?> consumer, List<PartitionFlow> leaving)
    {
        var wasPaused = leaving.Where(f => f.Paused).ToList();
        if (wasPaused.Count > 0)
        {
            // Unpause before they go, so that they do not come back paused if they are assigned here again.
            consumer.Resume(wasPaused.Select(f => f.Partition));
            SetPaused(wasPaused, false);
        }

        foreach (var flow in leaving)
        {
            flow.Abandon();
            Hold(-flow.Held);
            flows.Remove(flow.Partition);
        }

        assignment.Remove(leaving.Select(f => f.Partition));
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Consuming {Count} department event topics as group {Group}")]
    private static partial void LogStarted(ILogger logger, int count, string group);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assigned {Count} partitions: {Partitions}")]
    private static partial void LogAssigned(ILogger logger, int count, string partitions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revoked {Count} partitions")]
    private static partial void LogRevoked(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost {Count} partitions")]
    private static partial void LogLost(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Paused {Count} partitions with {Held} messages held")]
    private static partial void LogPaused(ILogger logger, int count, int held);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Resumed {Count} partitions with {Held} messages held")]
    private static partial void LogResumed(ILogger logger, int count, int held);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consume error {Code}: {Reason}")]
    private static partial void LogConsumeError(ILogger logger, Confluent.Kafka.ErrorCode code, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Fatal consumer error, department events stop: {Reason}")]
    private static partial void LogFatal(ILogger logger, Exception exception, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped {Source}: its partition is not assigned here")]
    private static partial void LogNotAssigned(ILogger logger, TopicPartitionOffset source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying {Source} failed unexpectedly (attempt {Attempt}); retrying")]
    private static partial void LogFault(ILogger logger, Exception exception, TopicPartitionOffset source, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up {Count} messages still being applied after {Timeout}; they are not committed and will be read again")]
    private static partial void LogAbandoned(ILogger logger, int count, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the offset of {Partition}: {Reason}")]
    private static partial void LogStoreFailed(ILogger logger, TopicPartition partition, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not commit the offsets of {Count} partitions: {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, int count, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Department event consumer closed")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing the department event consumer failed")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception);
}
