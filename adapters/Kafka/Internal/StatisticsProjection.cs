using Confluent.Kafka;
using Hub.Statistics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>
/// This silo's share of the statistics: a consumer of <c>hub.case-events</c> and <c>hub.supervision</c> in the group
/// <c>{ConsumerGroup}.statistics.{generation}</c>, so that the partitions are spread over the silos. It reads a
/// batch, applies it (<see cref="StatisticsBatch"/>, tried again until it is stored) and only then stores the
/// batch's offsets, which auto-commit commits: a silo lost mid-batch leaves its partitions to be read again from
/// the last offset committed, and nothing is counted twice. When an operator starts a new generation (a rebuild),
/// it leaves the old group and reads the feed again from the start in the new one.
/// </summary>
internal sealed partial class StatisticsProjection(
    IGrainFactory grains,
    HubProducer producer,
    KafkaEndpoint endpoint,
    IOptions<KafkaOptions> options,
    IHostApplicationLifetime lifetime,
    Hub.Ops.HubWork work,
    ILogger<StatisticsProjection> logger) : BackgroundService
{
    private const int MaxBatch = 500;
    private static readonly TimeSpan BatchWait = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan GenerationCheck = TimeSpan.FromSeconds(2);
    private readonly KafkaOptions settings = options.Value;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        // The grains answer once the silo has started, which the host does after starting this service.
        WaitHandle.WaitAny([lifetime.ApplicationStarted.WaitHandle, stoppingToken.WaitHandle]);
        var caseTopic = HubTopics.CaseEvents(settings.TopicPrefix);
        string[] topics = [caseTopic, HubTopics.Supervision(settings.TopicPrefix)];
        if (!TopicProvisioner.Ensure(producer.Handle, topics, logger, stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var generation = Generation();
                var config = KafkaClientConfigs.Consumer(settings, endpoint, $"{settings.ConsumerGroup}.statistics.{generation}", "hub-statistics");
                config.AutoOffsetReset = AutoOffsetReset.Earliest;
                using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config)
                    .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
                    .SetErrorHandler((_, error) => LibrdkafkaLog.Error(logger, error))
                    .Build();
                consumer.Subscribe(topics);
                LogStarted(logger, generation, config.GroupId);
                Project(consumer, new StatisticsBatch(grains, generation, caseTopic, logger), generation, stoppingToken);
                consumer.Close();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
                stoppingToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(1));
            }
        }
    }

    // Until stopped or a new generation starts.
    private void Project(IConsumer<byte[]?, byte[]?> consumer, StatisticsBatch batch, int generation, CancellationToken stoppingToken)
    {
        var checkedAt = DateTime.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (DateTime.UtcNow - checkedAt > GenerationCheck)
            {
                checkedAt = DateTime.UtcNow;
                if (Generation() != generation)
                {
                    return;
                }
            }

            var messages = Gather(consumer, stoppingToken);
            if (messages.Count > 0 && Apply(batch, messages, stoppingToken))
            {
                Store(consumer, messages);
            }
        }
    }

    // Up to MaxBatch messages within BatchWait; a message read twice (its partition taken away and given back) once.
    private List<ConsumeResult<byte[]?, byte[]?>> Gather(IConsumer<byte[]?, byte[]?> consumer, CancellationToken stoppingToken)
    {
        var messages = new List<ConsumeResult<byte[]?, byte[]?>>();
        var seen = new HashSet<TopicPartitionOffset>();
        var until = DateTime.UtcNow + BatchWait;
        while (messages.Count < MaxBatch && !stoppingToken.IsCancellationRequested)
        {
            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || consumer.Consume(left) is not { Message: not null } result)
            {
                break;
            }

            work.KafkaConsumed();
            if (result.Message.Value is not null && seen.Add(result.TopicPartitionOffset))
            {
                messages.Add(result);
            }
        }

        return messages;
    }

    // The one place that tries again: a batch is applied whole or not at all as far as the offsets go.
    private bool Apply(StatisticsBatch batch, List<ConsumeResult<byte[]?, byte[]?>> messages, CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                Block(batch.ApplyAsync(messages));
                return true;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRetrying(logger, ex, messages.Count, attempt);
                stoppingToken.WaitHandle.WaitOne(Backoff.Delay(attempt));
            }
        }

        return false;
    }

    private void Store(IConsumer<byte[]?, byte[]?> consumer, List<ConsumeResult<byte[]?, byte[]?>> messages)
    {
        foreach (var last in messages.GroupBy(m => m.TopicPartition).Select(g => g.MaxBy(m => m.Offset.Value)!))
        {
            try
            {
                consumer.StoreOffset(last);
            }
            catch (KafkaException ex)
            {
                // Taken away meanwhile: the next owner reads it again, and the grains count it once.
                LogStoreFailed(logger, last.TopicPartition, ex.Error.Reason);
            }
        }
    }

    private int Generation() => Block(grains.GetGrain<IStatisticsGenerationGrain>(0).Current());

    // This thread is the projection's own: it sleeps on the task's handle instead of spinning first, as Task.Wait does,
    // which under load burned a share of a core while the grains did the work.
    private static void Block(Task task)
    {
        if (!task.IsCompleted)
        {
            ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        }

        task.GetAwaiter().GetResult();
    }

    private static T Block<T>(Task<T> task)
    {
        Block((Task)task);
        return task.Result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Projecting statistics generation {Generation} as group {Group}")]
    private static partial void LogStarted(ILogger logger, int generation, string group);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not apply a batch of {Count} messages to the statistics (attempt {Attempt}); trying again")]
    private static partial void LogRetrying(ILogger logger, Exception exception, int count, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the statistics offset of {Partition}: {Reason}")]
    private static partial void LogStoreFailed(ILogger logger, TopicPartition partition, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The statistics projection failed; starting it again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
