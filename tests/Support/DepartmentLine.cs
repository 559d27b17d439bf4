using Confluent.Kafka;
using Hub.Cases;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Simulator;

namespace Hub.Tests.Support;

/// <summary>
/// Plays department systems as an integrator would build them: publishes <c>hub.v1.DepartmentEvent</c> to
/// <c>dept.&lt;dept&gt;.events</c>, keyed by case id (or certificate id), with an idempotent producer so that a case's events stay in order,
/// in the messages the simulator and the benchmark send too (<see cref="DepartmentAnswers"/>).
/// </summary>
internal sealed class DepartmentLine(string bootstrapServers, string topicPrefix) : IDisposable
{
    private readonly IProducer<string, byte[]> producer = new ProducerBuilder<string, byte[]>(new ProducerConfig
    {
        BootstrapServers = bootstrapServers,
        EnableIdempotence = true,
        LingerMs = 5,
    }).Build();

    /// <summary>Publishes the events in the order given and waits until the broker has acknowledged every one.</summary>
    public async Task PublishAsync(IEnumerable<(CaseId Case, DepartmentEvent Event)> events)
    {
        var deliveries = events.Select(e => producer.ProduceAsync(
            HubTopics.DepartmentEvents(e.Event.Department, topicPrefix),
            DepartmentAnswers.Message(e.Case.Value, ProtoCodec.Encode(DepartmentEventMapper.ToWire(e.Case, e.Event))))).ToList();
        await Task.WhenAll(deliveries);
    }

    /// <summary>
    /// Publishes messages as they are, all with <paramref name="key"/> (so in one partition, in this order), to the topic
    /// of <paramref name="department"/>, and waits until the broker has acknowledged every one.
    /// </summary>
    public async Task PublishAsync(string department, string key, IEnumerable<byte[]> values)
    {
        var deliveries = values.Select(value => producer.ProduceAsync(
            HubTopics.DepartmentEvents(department, topicPrefix),
            DepartmentAnswers.Message(key, value))).ToList();
        await Task.WhenAll(deliveries);
    }

    public void Dispose() => producer.Dispose();
}
