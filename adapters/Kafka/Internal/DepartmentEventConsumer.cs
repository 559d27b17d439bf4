using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>
/// Reads <c>dept.&lt;dept&gt;.events</c> of every department line and hands each message to the
/// <see cref="DepartmentEventHandler"/>; stores a message's offset only after the handler is done with it, and
/// auto-commit commits the stored offsets. One message at a time for now: a parallel version keeps this loop
/// and runs handlers per key, storing per partition no further than the lowest offset still in flight.
/// </summary>
internal sealed partial class DepartmentEventConsumer(
    DepartmentEventHandler handler,
    HubProducer producer,
    KafkaEndpoint endpoint,
    IOptions<KafkaOptions> options,
    ILogger<DepartmentEventConsumer> logger) : BackgroundService
{
    private readonly Dictionary<string, string> departmentByTopic =
        HubTopics.Departments.ToDictionary(d => HubTopics.DepartmentEvents(d, options.Value.TopicPrefix), d => d);

    // Consume() blocks its thread: keep it off the host's start-up path.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => RunAsync(stoppingToken), CancellationToken.None);

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

        var config = KafkaClientConfigs.Consumer(options.Value, endpoint, options.Value.ConsumerGroup, "hub-department-events");
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config)
            .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
            .SetErrorHandler((_, error) => LibrdkafkaLog.Error(logger, error))
            .SetPartitionsAssignedHandler((_, partitions) => LogAssigned(logger, partitions.Count, string.Join(", ", partitions)))
            .SetPartitionsRevokedHandler((_, partitions) => LogRevoked(logger, partitions.Count))
            .SetPartitionsLostHandler((_, partitions) => LogLost(logger, partitions.Count))
            .Build();
        consumer.Subscribe(departmentByTopic.Keys);
        LogStarted(logger, departmentByTopic.Count, config.GroupId);
        try
        {
            await ConsumeAsync(consumer, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            Close(consumer);
        }
    }

    private async Task ConsumeAsync(IConsumer<byte[]?, byte[]?> consumer, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            ConsumeResult<byte[]?, byte[]?> result;
            try
            {
                result = consumer.Consume(stoppingToken);
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

            if (result?.Message is null)
            {
                continue;
            }

            await handler.HandleAsync(result, departmentByTopic[result.Topic], stoppingToken);
            try
            {
                consumer.StoreOffset(result);
            }
            catch (KafkaException ex)
            {
                // The partition was taken away meanwhile: its new owner reads the message again, and the case ignores the repeat.
                LogStoreFailed(logger, result.TopicPartitionOffset, ex.Error.Reason);
            }
        }
    }

    private void Close(IConsumer<byte[]?, byte[]?> consumer)
    {
        try
        {
            // Commits the stored offsets and leaves the group, so that the partitions move to another silo at once.
            consumer.Close();
            LogStopped(logger);
        }
        catch (KafkaException ex)
        {
            LogCloseFailed(logger, ex);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consume error {Code}: {Reason}")]
    private static partial void LogConsumeError(ILogger logger, Confluent.Kafka.ErrorCode code, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Fatal consumer error, department events stop: {Reason}")]
    private static partial void LogFatal(ILogger logger, Exception exception, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the offset of {Source}: {Reason}")]
    private static partial void LogStoreFailed(ILogger logger, TopicPartitionOffset source, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Department event consumer closed")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing the department event consumer failed")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception);
}
