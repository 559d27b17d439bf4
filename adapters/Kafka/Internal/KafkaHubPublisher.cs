using System.Text;
using Confluent.Kafka;
using Hub.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>
/// Publishes a case's outbox: dispatches to <c>hub.dispatch.&lt;dept&gt;</c>, status changes to <c>hub.case-events</c>,
/// keyed by case id. Produces the whole batch, then waits for every delivery report.
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
        var outgoing = messages.Select(ToKafka).ToArray();
        var deliveries = outgoing.Select(m => producer.ProduceAsync(m.Topic, m.Message, cancellationToken)).ToArray();
        await ((Task)Task.WhenAll(deliveries)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        cancellationToken.ThrowIfCancellationRequested();
        var failed = deliveries.Where(d => !d.IsCompletedSuccessfully).ToArray();
        if (failed.Length > 0)
        {
            var first = failed[0].Exception?.InnerException;
            LogFailed(logger, first, failed.Length, deliveries.Length);
            throw new KafkaPublishException(
                failed.Length,
                deliveries.Length,
                $"Kafka did not acknowledge {failed.Length} of {deliveries.Length} messages: {first?.Message}",
                first);
        }

        LogPublished(logger, deliveries.Length);
    }

    private (string Topic, Message<byte[]?, byte[]?> Message) ToKafka(OutboxMessage message)
    {
        if (message.Dispatch is { } dispatch && message.StatusChanged is null)
        {
            if (!HubTopics.IsDepartment(dispatch.Department))
            {
                throw new ArgumentException($"Dispatch {dispatch.EventId} names department '{dispatch.Department}', which is none of HubTopics.Departments.", nameof(message));
            }

            var value = ProtoCodec.Encode(DispatchTaskMapper.ToWire(dispatch));
            return (HubTopics.Dispatch(dispatch.Department, prefix), Build(dispatch.CaseId.Value, dispatch.EventId, HubMessageTypes.DispatchTask, value));
        }

        if (message.StatusChanged is { } change && message.Dispatch is null)
        {
            var value = ProtoCodec.Encode(CaseStatusChangedMapper.ToWire(change));
            return (HubTopics.CaseEvents(prefix), Build(change.CaseId.Value, change.EventId, HubMessageTypes.CaseStatusChanged, value));
        }

        throw new ArgumentException("An outbox message holds exactly one of Dispatch and StatusChanged.", nameof(message));
    }

    private static Message<byte[]?, byte[]?> Build(string caseId, string eventId, string type, byte[] value) => new()
    {
        Key = Encoding.UTF8.GetBytes(caseId),
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
