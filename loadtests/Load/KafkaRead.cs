using Confluent.Kafka;

namespace Hub.LoadTests.Load;

/// <summary>One consume that rides out what a consumer recovers from by itself (a topic not created yet, a broker hiccup).</summary>
internal static class KafkaRead
{
    public static ConsumeResult<TKey, TValue>? Next<TKey, TValue>(IConsumer<TKey, TValue> consumer, CancellationToken cancellationToken)
    {
        try
        {
            return consumer.Consume(cancellationToken);
        }
        catch (ConsumeException ex) when (!ex.Error.IsFatal)
        {
            Thread.Sleep(50);
            return null;
        }
    }
}
