using System.Text;
using Confluent.Kafka;
using Hub.Cases;
using Hub.Hosting;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Tests.Kafka;

/// <summary>The consumer against fake case grains: what reaches a grain, what is dead-lettered, what is committed.</summary>
[Collection(KafkaCollection.Name)]
public class DepartmentEventConsumerTests(KafkaFixture fixture)
{
    private readonly string prefix = KafkaFixture.NewPrefix();
    private readonly FakeGrains grains = new();

    [Fact]
    public async Task WellFormedEvent_ReachesItsCaseGrain_AndItsOffsetIsCommitted()
    {
        var caseId = Samples.NewCaseId();
        using var host = await StartAsync();

        await SendAsync("tax", caseId.Value, Event(caseId, "tax", "e-1"));
        await WaitUntil(() => !grains.Calls.IsEmpty);
        await host.StopAsync();

        var (key, evt) = Assert.Single(grains.Calls);
        Assert.Equal((caseId.Value, "e-1", DepartmentEventKind.TaskAccepted), (key, evt.EventId, evt.Kind));
        Assert.Equal(1, CommittedMessages("tax"));
    }

    [Fact]
    public async Task UndecodableMessage_IsDeadLetteredWithItsOrigin_AndNoGrainIsCalled()
    {
        using var host = await StartAsync();

        await SendAsync("health", "some-key", [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]);

        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.DeadLetters(prefix));
        var letter = Assert.Single(await reader.ReadAsync(1));
        await host.StopAsync();
        Assert.Equal("some-key", letter.Message.Key);
        Assert.Equal([0xFF, 0xFF, 0xFF, 0xFF, 0x0F], letter.Message.Value);
        Assert.Equal(HubTopics.DepartmentEvents("health", prefix), Header(letter, HubHeaders.DeadLetterTopic));
        Assert.Equal("health", Header(letter, HubHeaders.DeadLetterDepartment));
        Assert.Equal("0", Header(letter, HubHeaders.DeadLetterOffset));
        Assert.NotNull(Header(letter, HubHeaders.DeadLetterPartition));
        Assert.StartsWith("undecodable:", Header(letter, HubHeaders.DeadLetterReason));
        Assert.Empty(grains.Calls);
        Assert.Equal(1, CommittedMessages("health"));
    }

    [Fact]
    public async Task EventTheCaseRefuses_IsDeadLetteredWithTheRuleCode()
    {
        var caseId = Samples.NewCaseId();
        grains.Apply = (_, _, _) => throw new CaseRuleException("case-not-found", "No such case.");
        using var host = await StartAsync();

        await SendAsync("tax", caseId.Value, Event(caseId, "tax", "e-2"), eventIdHeader: "e-2");

        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.DeadLetters(prefix));
        var letter = Assert.Single(await reader.ReadAsync(1));
        await host.StopAsync();
        Assert.Equal("case-not-found: No such case.", Header(letter, HubHeaders.DeadLetterReason));
        Assert.Equal("e-2", Header(letter, HubHeaders.EventId));
    }

    [Fact]
    public async Task TransientFailure_IsRetriedUntilTheCaseAppliesTheEvent()
    {
        var caseId = Samples.NewCaseId();
        grains.Apply = (_, _, attempt) => attempt < 3 ? throw new TimeoutException("silo busy") : EventOutcome.Applied;
        using var host = await StartAsync();

        await SendAsync("tax", caseId.Value, Event(caseId, "tax", "e-3"));
        await WaitUntil(() => grains.Calls.Count >= 3);
        await host.StopAsync();

        Assert.Equal(3, grains.Calls.Count);
        Assert.Equal(1, CommittedMessages("tax"));
    }

    private async Task<IHost> StartAsync()
    {
        var settings = KafkaTestHost.Settings(fixture, prefix);
        settings["Hub:Kafka:ConsumeDepartmentEvents"] = "true";
        var host = KafkaTestHost.Build(settings, (s, c) => s.AddSingleton(grains.Factory).AddHubKafka(c));
        await host.StartAsync();
        return host;
    }

    private static byte[] Event(CaseId caseId, string department, string eventId) => ProtoCodec.Encode(new Hub.Kafka.Contracts.DepartmentEvent
    {
        EventId = eventId,
        OccurredAt = 1_795_000_000_000,
        CaseId = caseId.Value,
        Department = department,
        Accepted = new Hub.Kafka.Contracts.TaskAccepted(),
    });

    private async Task SendAsync(string department, string key, byte[] value, string? eventIdHeader = null)
    {
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = fixture.BootstrapServers }).Build();
        var headers = new Headers();
        if (eventIdHeader is not null)
        {
            headers.Add(HubHeaders.EventId, Encoding.UTF8.GetBytes(eventIdHeader));
        }

        await producer.ProduceAsync(HubTopics.DepartmentEvents(department, prefix), new Message<string, byte[]> { Key = key, Value = value, Headers = headers });
    }

    /// <summary>How many messages of the department's topic the hub's group has committed past.</summary>
    private long CommittedMessages(string department)
    {
        var topic = HubTopics.DepartmentEvents(department, prefix);
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = fixture.BootstrapServers }).Build();
        var partitions = admin.GetMetadata(topic, TimeSpan.FromSeconds(30)).Topics.Single().Partitions.Select(p => new TopicPartition(topic, p.PartitionId));
        using var consumer = new ConsumerBuilder<Ignore, Ignore>(new ConsumerConfig { BootstrapServers = fixture.BootstrapServers, GroupId = $"hub-{prefix}" }).Build();
        var committed = consumer.Committed(partitions, TimeSpan.FromSeconds(30));
        return committed.Where(c => c.Offset.Value > 0).Sum(c => c.Offset.Value);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "The condition did not come true within a minute.");
    }

    private static string? Header(ConsumeResult<string?, byte[]?> record, string key) =>
        record.Message.Headers.TryGetLastBytes(key, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
