using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Logging;

namespace Hub.Kafka.Internal;

/// <summary>
/// Makes sure the topics a consumer subscribes to exist before it subscribes. A metadata request for a topic
/// creates it where the cluster auto-creates topics (the embedded broker does; it does not support CreateTopics).
/// A topic that appears only after the subscription costs a group rebalance, which the embedded broker answers
/// only after session.timeout.ms.
/// </summary>
internal static partial class TopicProvisioner
{
    /// <summary>
    /// Asks for each topic's metadata through <paramref name="handle"/>'s connection, trying again until the cluster
    /// answers; false when <paramref name="cancellationToken"/> is cancelled first. It blocks: call it from the thread
    /// that will then poll, never from the thread pool.
    /// </summary>
    public static bool Ensure(Handle handle, IEnumerable<string> topics, ILogger logger, CancellationToken cancellationToken)
    {
        using var admin = new DependentAdminClientBuilder(handle).Build();
        foreach (var topic in topics)
        {
            for (var attempt = 1; ; attempt++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return false;
                }

                try
                {
                    var metadata = admin.GetMetadata(topic, TimeSpan.FromSeconds(10));
                    var error = metadata.Topics.Single().Error;
                    if (error.IsError)
                    {
                        Missing(logger, topic, error.Code);
                    }

                    break;
                }
                catch (KafkaException ex)
                {
                    Unreachable(logger, ex, topic, attempt);
                    cancellationToken.WaitHandle.WaitOne(Backoff.Delay(attempt));
                }
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka topic {Topic} is not available ({Code}); create it, the subscription picks it up when it appears")]
    private static partial void Missing(ILogger logger, string topic, ErrorCode code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka did not answer for topic {Topic} (attempt {Attempt}); retrying")]
    private static partial void Unreachable(ILogger logger, Exception exception, string topic, int attempt);
}
