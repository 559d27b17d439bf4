using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>
/// Applies the events of <c>dept.&lt;dept&gt;.events</c> of every department line to their cases. The hosted service
/// only: it makes sure the topics exist, subscribes, and runs the <see cref="DepartmentEventListener"/>'s poll loop
/// on a thread of its own. Each message goes to the <see cref="OffsetCommitter"/>, which applies it through
/// <see cref="DepartmentEventRetry"/> (partitions and the keys within them in parallel, one key in offset order) and
/// stores an offset only when it and every earlier offset of its partition are applied; auto-commit commits what is
/// stored. <see cref="BackPressure"/> pauses partitions when the grains fall behind.
/// </summary>
internal sealed partial class DepartmentEventConsumer : BackgroundService, IHostedLifecycleService
{
    private readonly HubProducer producer;
    private readonly KafkaEndpoint endpoint;
    private readonly KafkaOptions settings;
    private readonly ILogger logger;
    private readonly Dictionary<string, string> departmentByTopic;
    private readonly DepartmentEventListener listener;
    private readonly CancellationTokenSource stopping = new();

    public DepartmentEventConsumer(
        DepartmentEventRetry retry,
        HubProducer producer,
        KafkaEndpoint endpoint,
        ConsumerMetrics metrics,
        ConsumerAssignment assignment,
        Hub.Ops.HubWork work,
        IOptions<KafkaOptions> options,
        ILogger<DepartmentEventConsumer> logger)
    {
        (this.producer, this.endpoint, settings, this.logger) = (producer, endpoint, options.Value, logger);
        departmentByTopic = HubTopics.Departments.ToDictionary(d => HubTopics.DepartmentEvents(d, settings.TopicPrefix), d => d);

        // The couriers' reports come the same way: applied to their cases once, in order per waybill, or dead-lettered;
        // so do the hotline platform's work orders and return visits, in order per order id.
        departmentByTopic[HubTopics.Logistics(settings.TopicPrefix)] = HubTopics.LogisticsLine;
        departmentByTopic[HubTopics.HotlineOrders(settings.TopicPrefix)] = HubTopics.HotlineLine;
        var committer = new OffsetCommitter(
            (result, givenUp) => retry.ApplyAsync(result, departmentByTopic[result.Topic], givenUp),
            metrics, settings.ConsumerGroup, settings.DrainTimeout, logger);
        listener = new DepartmentEventListener(committer, new BackPressure(settings, metrics, logger), assignment, work, logger);
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

    // Consume() blocks its thread for as long as the consumer runs: it gets a thread of its own, off the host's start-up
    // path and out of the thread pool, which Orleans' scheduler and the grain calls run on.
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(stopping.Cancel);
        return Task.Factory.StartNew(() => Run(stopping.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void Run(CancellationToken stoppingToken)
    {
        if (!TopicProvisioner.Ensure(producer.Handle, departmentByTopic.Keys, logger, stoppingToken))
        {
            return;
        }

        var config = KafkaClientConfigs.Consumer(settings, endpoint, settings.ConsumerGroup, "hub-department-events");
        using var consumer = listener.Build(config);
        consumer.Subscribe(departmentByTopic.Keys);
        LogStarted(logger, departmentByTopic.Count, config.GroupId);
        listener.Run(consumer, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consuming {Count} department event topics as group {Group}")]
    private static partial void LogStarted(ILogger logger, int count, string group);
}
