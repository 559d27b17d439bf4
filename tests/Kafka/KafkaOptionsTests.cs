using Hub.Hosting;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Kafka;

[Collection(KafkaCollection.Name)]
public class KafkaOptionsTests(KafkaFixture fixture)
{
    [Theory]
    [InlineData("Hub:Kafka:EmbeddedBrokers", "0", null)]
    [InlineData("Hub:Kafka:BootstrapServers", "no-port-here", null)]
    [InlineData("Hub:Kafka:TopicPrefix", "has space.", null)]
    [InlineData("Hub:Kafka:ConsumerGroup", " ", null)]
    [InlineData("Hub:Kafka:MaxInFlightPerPartition", "0", null)]
    [InlineData("Hub:Kafka:MaxInFlight", "10", null)]
    [InlineData("Hub:Kafka:DrainTimeout", "-00:00:01", null)]
    [InlineData("Hub:Kafka:Producer:linger.mss", "5", "Hub:Kafka:Producer")]
    [InlineData("Hub:Kafka:Consumer:session.timeout.ms", "soon", "Hub:Kafka:Consumer")]
    [InlineData("Hub:Simulator:ApprovePercent", "90", null)]
    [InlineData("Hub:Simulator:RejectPercent", "-10", null)]
    [InlineData("Hub:Simulator:MaxDelayMs", "100", null)]
    [InlineData("Hub:Simulator:MinDelayMs", "-1", null)]
    [InlineData("Hub:Simulator:ConsumerGroup", "", null)]
    [InlineData("Hub:Simulator:CertificatePercent", "101", null)]
    public async Task BadSetting_FailsStartUpNamingTheKey(string key, string value, string? named)
    {
        var settings = KafkaTestHost.Settings(fixture, KafkaFixture.NewPrefix());
        if (key == "Hub:Kafka:EmbeddedBrokers")
        {
            settings.Remove("Hub:Kafka:BootstrapServers");
        }

        settings[key] = value;
        using var host = KafkaTestHost.Build(settings, (s, c) => s.AddHubKafka(c).AddHubDepartmentSimulator(c));

        var ex = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named ?? key, ex.Message);
    }

    [Fact]
    public async Task GoodSettings_StartAHostThatPublishesToTheConfiguredBroker()
    {
        var prefix = KafkaFixture.NewPrefix();
        var settings = KafkaTestHost.Settings(fixture, prefix);
        settings["Hub:Kafka:Producer:linger.ms"] = "20";
        using var host = KafkaTestHost.Build(settings, (s, c) => s.AddHubKafka(c).AddHubDepartmentSimulator(c));
        await host.StartAsync();
        var order = Samples.Dispatch("tax");

        await host.Services.GetRequiredService<IHubPublisher>().PublishAsync([new OutboxMessage(order, null)], CancellationToken.None);

        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.Dispatch("tax", prefix));
        var record = Assert.Single(await reader.ReadUntilQuietAsync(_ => true, atLeast: 1));
        Assert.Equal(order.CaseId.Value, record.Message.Key);
        await host.StopAsync();
    }

    [Fact]
    public void ClientSections_BindByPropertyNameAndByLibrdkafkaName()
    {
        var settings = KafkaTestHost.Settings(fixture, KafkaFixture.NewPrefix());
        settings["Hub:Kafka:Producer:LingerMs"] = "20";
        settings["Hub:Kafka:Producer:message.timeout.ms"] = "7000";
        settings["Hub:Kafka:Producer:enable.idempotence"] = "false";
        settings["Hub:Kafka:Consumer:session.timeout.ms"] = "6000";
        using var host = KafkaTestHost.Build(settings, (s, c) => s.AddHubKafka(c));
        var options = host.Services.GetRequiredService<IOptions<KafkaOptions>>().Value;

        var producer = KafkaClientConfigs.Producer(options, host.Services.GetRequiredService<KafkaEndpoint>(), "test");
        var consumer = KafkaClientConfigs.Consumer(options, host.Services.GetRequiredService<KafkaEndpoint>(), "group", "test");

        Assert.Equal((20d, 7000), (producer.LingerMs, producer.MessageTimeoutMs));
        Assert.Equal((true, Confluent.Kafka.Acks.All), (producer.EnableIdempotence, producer.Acks));
        Assert.Equal(fixture.BootstrapServers, producer.BootstrapServers);
        Assert.Equal((6000, false, "group"), (consumer.SessionTimeoutMs, consumer.EnableAutoOffsetStore, consumer.GroupId));
        Assert.Equal(20d, options.Producer.LingerMs);
    }

    [Fact]
    public void OnTheEmbeddedBroker_ConsumersBoundItsEmptyFetchWait_UnlessSetOtherwise_AndOnAnotherBrokerLeaveIt()
    {
        var options = new KafkaOptions();
        var set = new KafkaOptions();
        set.Consumer.FetchWaitMaxMs = 100;

        var embedded = KafkaClientConfigs.Consumer(options, new KafkaEndpoint("127.0.0.1:1", isEmbedded: true), "group", "test");
        var external = KafkaClientConfigs.Consumer(options, new KafkaEndpoint("kafka:9092", isEmbedded: false), "group", "test");
        var chosen = KafkaClientConfigs.Consumer(set, new KafkaEndpoint("127.0.0.1:1", isEmbedded: true), "group", "test");

        Assert.Equal((MockBroker.FetchWaitMs, (int?)null, 100), (embedded.FetchWaitMaxMs, external.FetchWaitMaxMs, chosen.FetchWaitMaxMs));
    }
}
