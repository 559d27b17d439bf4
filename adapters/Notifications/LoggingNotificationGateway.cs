using Confluent.Kafka;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Messages;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Notifications;

/// <summary>
/// What an SMS or app gateway does with <c>hub.notifications</c>, short of sending: reads each notification, renders its
/// template (<see cref="NotificationTemplates"/>) and logs what it would send, to the masked number, once per event id
/// however often the hub published it. The embedded default runs it so that a newcomer sees what applicants would be
/// told; a real gateway reads the same topic in its own consumer group.
/// </summary>
internal sealed partial class LoggingNotificationGateway(
    IOptions<NotificationGatewayOptions> options,
    IOptions<KafkaOptions> kafka,
    KafkaEndpoint endpoint,
    NotificationTemplates templates,
    ILogger<LoggingNotificationGateway> logger) : BackgroundService
{
    // Enough to recognise the copies an outbox republished after a failure, which come within seconds of the first.
    private const int Remembered = 100_000;

    private readonly HashSet<string> sent = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    // The read loop blocks its thread for as long as the gateway runs: a thread of its own, not the thread pool's.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => !options.Value.Enabled
        ? Task.CompletedTask
        : Task.Factory.StartNew(() => Read(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Read(CancellationToken stoppingToken)
    {
        var topic = HubTopics.Notifications(kafka.Value.TopicPrefix);
        var config = KafkaClientConfigs.Consumer(kafka.Value, endpoint, options.Value.ConsumerGroup, "notification-gateway");

        // The topic appears with the hub's first notification; asking for it first lets the subscription find it at once.
        config.AllowAutoCreateTopics = true;
        try
        {
            using var consumer = new ConsumerBuilder<string?, byte[]?>(config)
                .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
                .SetErrorHandler((_, error) => LibrdkafkaLog.Error(logger, error))
                .Build();
            if (!TopicProvisioner.Ensure(consumer.Handle, [topic], logger, stoppingToken))
            {
                return;
            }

            consumer.Subscribe(topic);
            try
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    ConsumeResult<string?, byte[]?>? result;
                    try
                    {
                        result = consumer.Consume(stoppingToken);
                    }
                    catch (ConsumeException ex) when (!ex.Error.IsFatal)
                    {
                        LogConsumeError(logger, ex.Error.Reason);
                        continue;
                    }

                    if (result?.Message?.Value is { } value)
                    {
                        Send(value, result.TopicPartitionOffset);
                        consumer.StoreOffset(result);
                    }
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

    private void Send(byte[] value, TopicPartitionOffset source)
    {
        ApplicantNotification notification;
        string text;
        try
        {
            notification = ApplicantNotificationMapper.ToMessage(ProtoCodec.Decode<Wire.ApplicantNotification>(value));
            text = templates.Render(notification.Template, notification.Parameters);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or ProtoBuf.ProtoException)
        {
            LogUnsendable(logger, source, ex.Message);
            return;
        }

        if (!sent.Add(notification.EventId))
        {
            return;
        }

        order.Enqueue(notification.EventId);
        if (order.Count > Remembered)
        {
            sent.Remove(order.Dequeue());
        }

        LogWouldSend(logger, notification.Channel, notification.MaskedPhone,
            notification.AppointmentId is { } appointment ? $"appointment {appointment}" : $"case {notification.Key}", notification.Template, text);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Would send by {Channel} to {Phone} ({Subject}, {Template}): {Text}")]
    private static partial void LogWouldSend(ILogger logger, Cases.NotifyBy channel, string phone, string subject, string template, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification gateway skipped {Source}: {Reason}")]
    private static partial void LogUnsendable(ILogger logger, TopicPartitionOffset source, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification gateway consume error: {Reason}")]
    private static partial void LogConsumeError(ILogger logger, string reason);
}
