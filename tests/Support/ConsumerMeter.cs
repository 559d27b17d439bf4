using System.Diagnostics.Metrics;
using Hub.Kafka.Internal;

namespace Hub.Tests.Support;

/// <summary>Listens to the department-event consumer's metrics of one consumer group and keeps their peaks.</summary>
internal sealed class ConsumerMeter : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly Lock gate = new();
    private int held;
    private int paused;

    public ConsumerMeter(string group)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ConsumerMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == ConsumerMetrics.GroupTag && Equals(tag.Value, group))
                {
                    Record(instrument.Name, value);
                    return;
                }
            }
        });
        listener.Start();
    }

    /// <summary>The most messages the consumer held at once.</summary>
    public int MostHeld { get; private set; }

    /// <summary>The most partitions it had paused at once.</summary>
    public int MostPaused { get; private set; }

    public void Dispose() => listener.Dispose();

    private void Record(string instrument, int delta)
    {
        lock (gate)
        {
            if (instrument == "hub.kafka.consumer.held")
            {
                held += delta;
                MostHeld = Math.Max(MostHeld, held);
            }
            else if (instrument == "hub.kafka.consumer.paused")
            {
                paused += delta;
                MostPaused = Math.Max(MostPaused, paused);
            }
        }
    }
}
