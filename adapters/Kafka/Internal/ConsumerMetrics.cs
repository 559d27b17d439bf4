using System.Diagnostics.Metrics;

namespace Hub.Kafka.Internal;

/// <summary>
/// What the department-event consumer holds, on the meter <c>Hub.Kafka</c>: <c>hub.kafka.consumer.held</c> (messages
/// read and not yet committable) and <c>hub.kafka.consumer.paused</c> (partitions paused for back-pressure), both
/// tagged with the consumer group.
/// </summary>
internal sealed class ConsumerMetrics
{
    public const string MeterName = "Hub.Kafka";
    public const string GroupTag = "messaging.consumer.group.name";

    private readonly UpDownCounter<int> held;
    private readonly UpDownCounter<int> paused;

    public ConsumerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        held = meter.CreateUpDownCounter<int>("hub.kafka.consumer.held", "{message}", "Department messages read and not yet applied and committable");
        paused = meter.CreateUpDownCounter<int>("hub.kafka.consumer.paused", "{partition}", "Partitions paused because the grains fell behind");
    }

    public void Held(string group, int delta)
    {
        if (delta != 0)
        {
            held.Add(delta, new KeyValuePair<string, object?>(GroupTag, group));
        }
    }

    public void Paused(string group, int delta)
    {
        if (delta != 0)
        {
            paused.Add(delta, new KeyValuePair<string, object?>(GroupTag, group));
        }
    }
}
