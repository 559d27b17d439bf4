using System.Text;
using Confluent.Kafka;
using Hub.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>
/// Publishes a grain's outbox: dispatches and certificate notices to <c>hub.dispatch.&lt;dept&gt;</c> and status changes to
/// <c>hub.case-events</c>, keyed by case id; certificate changes and holder log entries to <c>hub.certificate-events</c>,
/// keyed by certificate id (a lookup of a holder's own log, which names no certificate, by the holder key); supervision
/// notices to <c>hub.supervision</c> and to the department concerned, and the applicant's notifications to
/// <c>hub.notifications</c>, keyed by case id. Produces
/// the whole batch, then waits for every delivery report; when some fail, the exception names the messages that are out.
/// </summary>
internal sealed partial class KafkaHubPublisher(HubProducer producer, IOptions<KafkaOptions> options, ILogger<KafkaHubPublisher> logger)
    : IHubPublisher
{
    private readonly string prefix = options.Value.TopicPrefix;

    public async Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        // Encode everything first, so that a malformed message fails the batch before any of it is sent.
        var outgoing = messages.Select(m => (m.EventId, Copies: ToKafka(m).ToArray())).ToArray();
        var deliveries = outgoing
            .Select(m => m.Copies.Select(c => producer.ProduceAsync(c.Topic, c.Message, cancellationToken)).ToArray())
            .ToArray();
        var all = deliveries.SelectMany(d => d).ToArray();
        await ((Task)Task.WhenAll(all)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        cancellationToken.ThrowIfCancellationRequested();
        var failed = all.Where(d => !d.IsCompletedSuccessfully).ToArray();
        if (failed.Length > 0)
        {
            // What is out stays out: the retry sends only the messages not every copy of which was acknowledged.
            var acknowledged = outgoing.Where((_, i) => deliveries[i].All(d => d.IsCompletedSuccessfully)).Select(m => m.EventId).ToArray();
            var first = failed[0].Exception?.InnerException;
            LogFailed(logger, first, failed.Length, all.Length);
            throw new KafkaPublishException(
                failed.Length,
                all.Length,
                acknowledged,
                $"Kafka did not acknowledge {failed.Length} of {all.Length} messages: {first?.Message}",
                first);
        }

        LogPublished(logger, all.Length);
    }

    private IEnumerable<(string Topic, Message<byte[]?, byte[]?> Message)> ToKafka(OutboxMessage message)
    {
        if (message.Supervision is { } notice && message.Members == 1)
        {
            // Supervision's feed, and the department it concerns on its own topic.
            var value = ProtoCodec.Encode(SupervisionNoticeMapper.ToWire(notice));
            var feed = (HubTopics.Supervision(prefix), Build(notice.CaseId.Value, notice.EventId, HubMessageTypes.SupervisionNotice, value));
            return string.IsNullOrEmpty(notice.Department)
                ? [feed]
                : [feed, (HubTopics.Dispatch(Department(notice.Department, notice.EventId), prefix), Build(notice.CaseId.Value, notice.EventId, HubMessageTypes.SupervisionNotice, value))];
        }

        if (message.WorkOrder is { } order && message.Members == 1)
        {
            // A work order's dispatch goes to its department; its status changes to the feed; its notices to the feed,
            // supervision's feed beside the cases' notices, and the department.
            var (type, value) = WorkOrderMapper.ToWire(order);
            var key = order.Order.Order.OrderId;
            var department = (HubTopics.Dispatch(Department(order.Order.Department, order.EventId), prefix), Build(key, order.EventId, type, value));
            var feed = (HubTopics.WorkOrders(prefix), Build(key, order.EventId, type, value));
            return order.Kind switch
            {
                WorkOrderMessageKind.Dispatch => [department],
                WorkOrderMessageKind.StatusChanged => [feed],
                _ => [feed, (HubTopics.Supervision(prefix), Build(key, order.EventId, type, value)), department],
            };
        }

        return [ToKafkaOne(message)];
    }

    private (string Topic, Message<byte[]?, byte[]?> Message) ToKafkaOne(OutboxMessage message)
    {
        if (message.Members != 1)
        {
            throw new ArgumentException($"Outbox message {message.EventId} holds {message.Members} members; it must hold exactly one.", nameof(message));
        }

        switch (message)
        {
            case { Dispatch: { } dispatch }:
            {
                var value = ProtoCodec.Encode(DispatchTaskMapper.ToWire(dispatch));
                return (HubTopics.Dispatch(Department(dispatch.Department, dispatch.EventId), prefix), Build(dispatch.CaseId.Value, dispatch.EventId, HubMessageTypes.DispatchTask, value));
            }

            case { StatusChanged: { } change }:
            {
                var value = ProtoCodec.Encode(CaseStatusChangedMapper.ToWire(change));
                return (HubTopics.CaseEvents(prefix), Build(change.CaseId.Value, change.EventId, HubMessageTypes.CaseStatusChanged, value));
            }

            case { CertificateChanged: { } change }:
            {
                var value = ProtoCodec.Encode(CertificateFeedMapper.ToWire(change));
                return (HubTopics.CertificateEvents(prefix), Build(change.CertificateId, change.EventId, HubMessageTypes.CertificateStatusChanged, value));
            }

            case { Shipment: { } shipment }:
            {
                var value = ProtoCodec.Encode(LogisticsEventMapper.ToWire(shipment));
                return (HubTopics.Dispatch(Department(shipment.Department, shipment.EventId), prefix), Build(shipment.CaseId.Value, shipment.EventId, HubMessageTypes.ShipmentNotice, value));
            }

            case { Stopped: { } stopped }:
            {
                var value = ProtoCodec.Encode(CaseStoppedMapper.ToWire(stopped));
                return (HubTopics.Dispatch(Department(stopped.Department, stopped.EventId), prefix), Build(stopped.CaseId.Value, stopped.EventId, HubMessageTypes.CaseStopped, value));
            }

            case { Notification: { } notification }:
            {
                var value = ProtoCodec.Encode(ApplicantNotificationMapper.ToWire(notification));
                return (HubTopics.Notifications(prefix), Build(notification.Key, notification.EventId, HubMessageTypes.ApplicantNotification, value));
            }

            case { CatalogueChanged: { } change }:
            {
                var value = ProtoCodec.Encode(CatalogueChangeMapper.ToWire(change));
                return (HubTopics.CatalogueChanges(prefix), Build(change.Code, change.EventId, HubMessageTypes.CatalogueChange, value));
            }

            case { CertificateUsed: { } used }:
            {
                var value = ProtoCodec.Encode(CertificateFeedMapper.ToWire(used));
                return (HubTopics.CertificateEvents(prefix), Build(used.Use.CertificateId ?? used.HolderKey, used.EventId, HubMessageTypes.CertificateUsed, value));
            }

            default:
            {
                var notice = message.CertificateNotice!;
                var value = ProtoCodec.Encode(CertificateFeedMapper.ToWire(notice));
                return (HubTopics.Dispatch(Department(notice.Department, notice.EventId), prefix), Build(notice.CaseId.Value, notice.EventId, HubMessageTypes.CertificateNotice, value));
            }
        }
    }

    private static string Department(string department, string eventId) => HubTopics.IsDepartment(department)
        ? department
        : throw new ArgumentException($"Message {eventId} names department '{department}', which is none of HubTopics.Departments.", nameof(department));

    private static Message<byte[]?, byte[]?> Build(string key, string eventId, string type, byte[] value) => new()
    {
        Key = Encoding.UTF8.GetBytes(key),
        Value = value,
        Headers = new Headers
        {
            { HubHeaders.Type, Encoding.UTF8.GetBytes(type) },
            { HubHeaders.EventId, Encoding.UTF8.GetBytes(eventId) },
        },
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published {Count} messages")]
    private static partial void LogPublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka did not acknowledge {Failed} of {Total} messages; the case keeps them and retries")]
    private static partial void LogFailed(ILogger logger, Exception? exception, int failed, int total);
}
