using Confluent.Kafka;
using Hub.Kafka;
using Hub.Kafka.Contracts;
using Hub.Kafka.Internal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Simulator;

/// <summary>
/// Plays every department line for demos and tests, through Kafka only (it never calls a grain): reads
/// <c>hub.dispatch.&lt;dept&gt;</c> in its own consumer group and schedules each answer, so that its read loop
/// never waits on the answers' delays. Answers still pending when the host stops are dropped.
/// </summary>
internal sealed partial class DepartmentSimulator(
    IOptions<DepartmentSimulatorOptions> options,
    IOptions<KafkaOptions> kafka,
    KafkaEndpoint endpoint,
    CertificateTypeChoice certificateTypes,
    ILogger<DepartmentSimulator> logger) : BackgroundService
{
    // The read loop blocks its thread for as long as the simulator runs: it gets a thread of its own, not one of the
    // thread pool's, which Orleans' scheduler and the grain calls run on.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var departments = new SimulatedDepartments(options.Value, kafka.Value, endpoint, certificateTypes, logger);
        await Task.Factory.StartNew(
            () => Read(departments, stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    // Reads dispatches until the host stops.
    private void Read(SimulatedDepartments departments, CancellationToken stoppingToken)
    {
        var departmentByTopic = HubTopics.Departments.ToDictionary(d => HubTopics.Dispatch(d, kafka.Value.TopicPrefix), d => d);
        var config = KafkaClientConfigs.Consumer(kafka.Value, endpoint, options.Value.ConsumerGroup, "department-simulator");
        try
        {
            if (!TopicProvisioner.Ensure(departments.Handle, departmentByTopic.Keys, logger, stoppingToken))
            {
                return;
            }

            using var consumer = new ConsumerBuilder<string?, byte[]?>(config)
                .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
                .SetErrorHandler((_, error) => LibrdkafkaLog.Error(logger, error))
                .Build();
            consumer.Subscribe(departmentByTopic.Keys);
            LogStarted(logger, departmentByTopic.Count, config.GroupId);
            try
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    var result = Consume(consumer, stoppingToken);
                    if (result?.Message is null)
                    {
                        continue;
                    }

                    if (Read(result) is { } task)
                    {
                        departments.Reply(task, departmentByTopic[result.Topic]);
                    }

                    consumer.StoreOffset(result);
                }
            }
            finally
            {
                consumer.Close();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private ConsumeResult<string?, byte[]?>? Consume(IConsumer<string?, byte[]?> consumer, CancellationToken stoppingToken)
    {
        try
        {
            return consumer.Consume(stoppingToken);
        }
        catch (ConsumeException ex) when (!ex.Error.IsFatal)
        {
            LogConsumeError(logger, ex.Error.Code, ex.Error.Reason);
            return null;
        }
    }

    private DispatchTask? Read(ConsumeResult<string?, byte[]?> result)
    {
        if (!DepartmentAnswers.IsDispatch(result.Message.Headers))
        {
            // Supervision and certificate notices share the line's topic: only tasks are answered.
            return null;
        }

        try
        {
            if (DepartmentAnswers.ReadTask(result.Message.Value) is { } task)
            {
                return task;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogUnreadable(logger, ex, result.TopicPartitionOffset);
            return null;
        }

        LogUnreadable(logger, null, result.TopicPartitionOffset);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Department simulator reading {Count} dispatch topics as group {Group}")]
    private static partial void LogStarted(ILogger logger, int count, string group);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Department simulator consume error {Code}: {Reason}")]
    private static partial void LogConsumeError(ILogger logger, Confluent.Kafka.ErrorCode code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Department simulator skipped {Source}: not a dispatch task with a case id")]
    private static partial void LogUnreadable(ILogger logger, Exception? exception, TopicPartitionOffset source);
}
