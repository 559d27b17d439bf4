using System.Diagnostics.Metrics;
using Hub.Cases;

namespace Hub.OpsView;

/// <summary>
/// The hub's figures on the meter <c>Hub</c>, served in Prometheus' text format at <c>/metrics</c>, each observed when
/// scraped: what this silo's cases did (<see cref="CaseTally"/>: add the silos up) and what <see cref="OpsSampler"/>
/// read last. The Prometheus names are the instruments' with dots as underscores, and <c>_total</c> after a counter's.
/// </summary>
public sealed class HubMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Hub";

    public HubMetrics(IMeterFactory meters, CaseTally tally, OpsSampler sampler, Kafka.ConsumerLag lag)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("hub.cases", () => tally.ByStatus().Select(s => Tagged(s.Value, ("status", s.Key.ToString()))),
            "{case}", "Cases in each status, as this silo's case activations stored them since it started");
        meter.CreateObservableCounter("hub.case.lifecycles", () => tally.Lifecycles,
            "{lifecycle}", "Case lifecycles finished on this silo since it started: delivered, or withdrawn");
        meter.CreateObservableGauge("hub.supervision.cards.open", () => OpenCards(tally),
            "{card}", "Open supervision cards (yellow, red) of this silo's cases");
        meter.CreateObservableGauge("hub.kafka.consumer.lag", () => (sampler.Last.ConsumerLag ?? new Dictionary<string, long>())
                .Select(t => Tagged(t.Value, ("group", lag.Group), ("topic", t.Key))),
            "{message}", "Messages of the department-event topics the consumer group has not committed, on this silo's partitions");
        meter.CreateObservableGauge("hub.outbox.depth", () => Each(sampler.Last.OutboxDepth),
            "{state}", $"Stored states whose outbox waits for the broker (at most {OpsSampler.Limit}; the storage's, the same on every silo)");
        meter.CreateObservableGauge("hub.dead_letters", () => Each(sampler.Last.DeadLetters),
            "{message}", "Messages on hub.dead-letters");
        meter.CreateObservableGauge("hub.timers.due", () => Each(sampler.Last.TimersDue),
            "{timer}", $"Durable timers whose moment has come and that no silo woke yet (at most {OpsSampler.Limit}; the storage's, the same on every silo)");
    }

    private static IEnumerable<Measurement<long>> OpenCards(CaseTally tally)
    {
        var open = tally.OpenCards();
        return new[] { "yellow", "red" }.Select(colour => Tagged(open.Where(c => c.Key.Colour == colour).Sum(c => c.Value), ("colour", colour)));
    }

    private static IEnumerable<Measurement<long>> Each(long? value) => value is { } v ? [new Measurement<long>(v)] : [];

    private static Measurement<long> Tagged(long value, params (string Key, string Value)[] tags) =>
        new(value, tags.Select(t => new KeyValuePair<string, object?>(t.Key, t.Value)));
}
